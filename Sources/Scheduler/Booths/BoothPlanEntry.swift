/// One line of a hand-made booth plan: a booth code and the party it is given to.
public struct BoothPlanEntry: Hashable, Codable, Sendable {
    /// The booth code, as written.
    public var booth: String
    /// The party's identifier, as written.
    public var party: String

    /// Creates an entry.
    public init(booth: String, party: String) {
        self.booth = booth
        self.party = party
    }
}
