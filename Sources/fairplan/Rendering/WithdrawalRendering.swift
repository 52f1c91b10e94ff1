import Planning
import Scheduler
import Store
import Workflow

/// A withdrawal, or an offer declined, and the offers it made, as lines.
enum WithdrawalRendering {
    /// What happened, the booths freed and the offers to the waiting list.
    static func lines(_ withdrawal: WithdrawRegistration.Withdrawal, language: Language) -> [String] {
        let outcome = withdrawal.outcome
        var lines = [
            WorkflowMessage.withdrawn(party: withdrawal.party.name, from: outcome.previousStatus).text(
                language)
        ]
        lines.append(
            (outcome.freedBooths.isEmpty ? WorkflowMessage.noBoothsFreed : .boothsFreed(outcome.freedBooths))
                .text(language))
        return lines
            + proposalLines(
                outcome.proposal, failure: withdrawal.offerFailure, label: withdrawal.label,
                language: language)
    }

    /// The refusal and the new offers of the booths.
    static func lines(_ declination: DeclineOffer.Declination, language: Language) -> [String] {
        [
            QueueMessage.declined(party: declination.party.name, booths: declination.offer.booths).text(
                language)
        ]
            + proposalLines(
                declination.proposal, failure: declination.offerFailure, label: declination.label,
                language: language)
    }

    /// The offers made (stored), the parties passed over, the freed booths no one takes, and how
    /// to answer; the allocator's refusal when no offers could be made.
    static func proposalLines(
        _ proposal: BoothOfferProposal, failure: SchedulerError?,
        label: (Identifier<ExhibitingParty>) -> String,
        language: Language
    ) -> [String] {
        var messages: [QueueMessage] = []
        if let failure {
            messages.append(.offersNotMade(failure))
        } else if proposal.offers.isEmpty {
            messages.append(.noOffers)
        } else {
            messages.append(.offersHeading)
            for (index, offer) in proposal.offers.enumerated() {
                messages.append(.offer(position: index + 1, party: label(offer.party), booths: offer.booths))
            }
        }
        if !proposal.passedOver.isEmpty { messages.append(.passedOver(proposal.passedOver.map(label))) }
        if !proposal.unoffered.isEmpty { messages.append(.unoffered(proposal.unoffered)) }
        if !proposal.offers.isEmpty { messages.append(.howToAnswer) }
        return messages.map { $0.text(language) }
    }
}
