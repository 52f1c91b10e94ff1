/// A party and its booths, as a change log names them.
public struct PartyBooths: Hashable, Codable, Sendable {
    /// The party.
    public var party: Identifier<ExhibitingParty>
    /// The party's name as published.
    public var name: String
    /// The booth codes, sorted.
    public var booths: [String]

    /// Creates an entry.
    public init(party: Identifier<ExhibitingParty>, name: String, booths: [String]) {
        self.party = party
        self.name = name
        self.booths = booths
    }
}
