import Planning
import Store
import Workflow

/// A withdrawal and the offers it proposes, as lines.
enum WithdrawalRendering {
    /// What happened, the booths freed and the proposal to the waiting list.
    static func lines(_ withdrawal: WithdrawRegistration.Withdrawal, language: Language) -> [String] {
        let outcome = withdrawal.outcome
        var messages: [WorkflowMessage] = [
            .withdrawn(party: withdrawal.party.name, from: outcome.previousStatus)
        ]
        guard !outcome.freedBooths.isEmpty else {
            return (messages + [.noBoothsFreed]).map { $0.text(language) }
        }
        messages.append(.boothsFreed(outcome.freedBooths))
        let proposal = outcome.proposal
        if proposal.offers.isEmpty {
            messages.append(.noOffers)
        } else {
            messages.append(.offersHeading)
            for (index, offer) in proposal.offers.enumerated() {
                messages.append(
                    .offer(position: index + 1, party: withdrawal.label(offer.party), booths: offer.booths))
            }
        }
        if !proposal.passedOver.isEmpty {
            messages.append(.passedOver(proposal.passedOver.map(withdrawal.label)))
        }
        if !proposal.unoffered.isEmpty { messages.append(.unoffered(proposal.unoffered)) }
        messages.append(.afterWithdrawal)
        return messages.map { $0.text(language) }
    }
}
