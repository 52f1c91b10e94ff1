public import Planning

/// Why an offer of booths cannot be answered as asked (area: queue). Wording comes from
/// ``QueueMessage``.
public enum QueueError: Error, Hashable, Sendable, Localizable, CustomStringConvertible {
    /// The party (its name) has no offer of booths waiting for an answer.
    case noOffer(party: String)
    /// The party (its name) is no longer on the waiting list (its status now): the offer cannot be
    /// accepted, only declined.
    case notWaiting(party: String, status: RegistrationStatus)
    /// These booths offered to the party (its name) are no longer free: the offer cannot be
    /// accepted, only declined.
    case boothsUnavailable(party: String, booths: [String])

    /// The error in `language`.
    public func text(_ language: Language) -> String {
        QueueMessage.error(self).text(language)
    }

    /// The error in Vietnamese.
    public var description: String { text(.vietnamese) }
}
