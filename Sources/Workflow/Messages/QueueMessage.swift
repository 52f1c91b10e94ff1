public import Planning
public import Scheduler

/// The wording of the waiting list's offers of booths (area: queue): what a withdrawal or a
/// declined offer proposes, accepting and declining an offer, the pending offers, and their
/// errors, in every ``Language``.
public enum QueueMessage: Hashable, Sendable, Localizable {
    /// An error answering an offer.
    case error(QueueError)
    /// The heading of the offers just made (stored, waiting for each party's answer).
    case offersHeading
    /// One offer just made: its place among the offers, the party (name and identifier), the booths.
    case offer(position: Int, party: String, booths: [String])
    /// No waiting party is offered the booths.
    case noOffers
    /// Waiting parties (names and identifiers) no free block fits; they keep their place.
    case passedOver([String])
    /// Freed booths no one is offered.
    case unoffered([String])
    /// How a party answers an offer.
    case howToAnswer
    /// No offers could be made because the booth allocator refused the plan (its error); the
    /// change itself stands.
    case offersNotMade(SchedulerError)
    /// A party accepted its offer: the party's name and the booths now its own.
    case accepted(party: String, booths: [String])
    /// A party declined its offer: the party's name and the booths it declined.
    case declined(party: String, booths: [String])
    /// No offer waits for an answer.
    case noPendingOffers
    /// The heading of the pending offers, with how many there are.
    case pendingOffersHeading(Int)
    /// One pending offer: the party, its booths, when it was made, what freed the booths and the
    /// name of the party that freed them, and the party's place on the waiting list (nil: not on
    /// it).
    case pendingOffer(
        party: String, booths: [String], offeredAt: LocalDateTime, reason: BoothOfferReason, freedBy: String,
        position: Int?)
    /// A pending offer whose booths are no longer free: it can only be declined.
    case offerBoothsUnavailable([String])
    /// A pending offer whose party is no longer waiting (its status): it can only be declined.
    case offerPartyNotWaiting(RegistrationStatus)

    /// The wording in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
