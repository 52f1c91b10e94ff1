/// Who holds a booth on a floor plan: the exhibiting party's identifier (which fixes its colour),
/// its name and province.
public struct BoothOccupant: Hashable, Sendable {
    /// The party's identifier.
    public var party: String
    /// The party's name, e.g. "Hợp tác xã Nông nghiệp Tân Hòa".
    public var name: String
    /// The province the party represents, when known.
    public var province: String?

    /// Creates an occupant.
    public init(party: String, name: String, province: String? = nil) {
        self.party = party
        self.name = name
        self.province = province
    }
}
