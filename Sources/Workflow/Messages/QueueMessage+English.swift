import Planning
import Scheduler

extension QueueMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .error(.noOffer(let party)):
            return "«\(party)» has no offer of booths waiting for an answer (see `fairplan offer list`)."
        case .error(.notWaiting(let party, let status)):
            return
                "«\(party)» is no longer on the waiting list (status: \(status.name(en))), so it cannot take the "
                + "booths offered; decline the offer (fairplan offer decline)."
        case .error(.boothsUnavailable(let party, let booths)):
            return
                "The booths offered to «\(party)» are no longer free: \(booths.joined(separator: ", ")); decline "
                + "the offer (fairplan offer decline) or allocate booths again (fairplan allocate booths)."
        case .offersHeading:
            return "Offers to the waiting list, in order (saved, waiting for each party's answer):"
        case .offer(let position, let party, let booths):
            return "  \(position). \(party): booths \(booths.joined(separator: ", "))"
        case .noOffers: return "No party on the waiting list can take these booths."
        case .passedOver(let parties):
            return "Waiting parties no free block fits (they keep their place on the waiting list): "
                + parties.joined(separator: "; ")
        case .unoffered(let booths):
            return "Freed booths offered to no one: \(booths.joined(separator: ", "))."
        case .howToAnswer:
            return
                "A party takes its booths with `fairplan offer accept PARTY`; declining (the booths go to the "
                + "next party) is `fairplan offer decline PARTY`; `fairplan offer list` shows the offers."
        case .offersNotMade(let error):
            return "No offers to the waiting list could be made: \(error.text(en))"
        case .accepted(let party, let booths):
            return "«\(party)» took booths \(booths.joined(separator: ", ")) "
                + "(\(RegistrationStatus.waitlisted.name(en)) → \(RegistrationStatus.placed.name(en)))."
        case .declined(let party, let booths):
            return
                "«\(party)» declined booths \(booths.joined(separator: ", ")) and keeps its place on the waiting "
                + "list."
        case .noPendingOffers: return "No offer of booths is waiting for an answer."
        case .pendingOffersHeading(let count): return "Offers of booths waiting for an answer (\(count)):"
        case .pendingOffer(let party, let booths, let time, let reason, let freedBy, let position):
            let cause =
                switch reason {
                case .withdrawal: "«\(freedBy)» withdrew"
                case .declined: "«\(freedBy)» declined them"
                }
            let place = position.map { "number \($0) on the waiting list" } ?? "no longer on the waiting list"
            return
                "  \(party) (\(place)): \(booths.joined(separator: ", ")) — offered at \(time), because \(cause)"
        case .offerBoothsUnavailable(let booths):
            return
                "    Can no longer be accepted: booths \(booths.joined(separator: ", ")) are no longer free "
                + "(decline it)."
        case .offerPartyNotWaiting(let status):
            return "    Can no longer be accepted: the party's status is «\(status.name(en))» (decline it)."
        }
    }
}
