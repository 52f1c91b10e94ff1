public import Planning

extension BoothAllocationScope {
    /// Why a party is left out of a booth allocation run.
    public enum Exclusion: String, CaseIterable, Hashable, Codable, Sendable {
        /// It has withdrawn: never given booths.
        case withdrawn
        /// Its registration is still pending and the run takes confirmed registrations only.
        case pendingConfirmation = "pending-confirmation"
        /// It is not among the parties the run is restricted to.
        case outsideRestriction = "outside-restriction"
    }

    /// A party left out of a booth allocation run, with why.
    public struct ExcludedParty: Hashable, Codable, Sendable {
        /// The party.
        public var party: Identifier<ExhibitingParty>
        /// Its name.
        public var name: String
        /// Why it is left out.
        public var reason: Exclusion

        /// Creates an entry.
        public init(party: Identifier<ExhibitingParty>, name: String, reason: Exclusion) {
            self.party = party
            self.name = name
            self.reason = reason
        }
    }
}
