/// Booths named for a party by hand, as typed (`assign booths`, `move`).
public struct HandPlacement: Sendable {
    /// The party (identifier or name).
    public var party: String
    /// The booth codes (exactly, in any case; several in one text separated by commas).
    public var booths: [String]
    /// Whether to write despite hard violations.
    public var force = false

    /// Booths `booths` for `party`.
    public init(party: String, booths: [String]) {
        self.party = party
        self.booths = booths
    }
}
