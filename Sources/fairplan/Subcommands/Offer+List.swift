import ArgumentParser
import Planning
import Workflow

extension FairPlan.Offer {
    /// `fairplan offer list`: the offers of booths waiting for an answer.
    struct List: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.queue(.listAbstract).localized,
                discussion: HelpText.queue(.listDiscussion).localized)
        }

        @OptionGroup var options: PlanOption

        func run() async throws {
            let entries = try ListOffers(store: options.openForReading()).run()
            let out = Output()
            guard !entries.isEmpty else { return out.say(QueueMessage.noPendingOffers) }
            out.say(QueueMessage.pendingOffersHeading(entries.count))
            for entry in entries {
                out.say(
                    QueueMessage.pendingOffer(
                        party: "\(entry.party.name) (\(entry.party.id.rawValue))", booths: entry.offer.booths,
                        offeredAt: entry.offer.offeredAt, reason: entry.offer.reason,
                        freedBy: entry.freedBy?.name ?? entry.offer.reason.party.rawValue,
                        position: entry.waitingListPosition))
                if entry.party.registrationStatus != .waitlisted {
                    out.say(QueueMessage.offerPartyNotWaiting(entry.party.registrationStatus))
                } else if !entry.unavailableBooths.isEmpty {
                    out.say(QueueMessage.offerBoothsUnavailable(entry.unavailableBooths))
                }
            }
        }
    }
}
