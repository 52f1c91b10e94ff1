/// What changed between two booth plans: parties moved, added, removed; booths freed and taken.
///
/// Only the booths count: a booth whose state changes (held to assigned) or that is pinned is not
/// a change for the exhibitor. Parties are listed in Vietnamese order of their names, booths in
/// code order.
public struct BoothPlanChanges: Hashable, Codable, Sendable {
    /// The published version compared from; nil when nothing had been published.
    public var fromVersion: Int?
    /// The published version compared to; nil for the current, unpublished plan.
    public var toVersion: Int?
    /// Parties that hold booths in both plans, but not the same ones.
    public var moved: [PartyMove]
    /// Parties that hold booths only in the newer plan.
    public var added: [PartyBooths]
    /// Parties that held booths only in the older plan.
    public var removed: [PartyBooths]
    /// Booths let in the older plan and free in the newer one, sorted.
    public var boothsFreed: [String]
    /// Booths free in the older plan and let in the newer one, sorted.
    public var boothsTaken: [String]

    /// Compares two booth plans.
    public init(
        from old: BoothPlanSnapshot, to new: BoothPlanSnapshot, fromVersion: Int? = nil,
        toVersion: Int? = nil
    ) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        let before = old.boothsByParty
        let after = new.boothsByParty
        var moved: [PartyMove] = []
        var added: [PartyBooths] = []
        var removed: [PartyBooths] = []
        for (party, booths) in after {
            if let previous = before[party] {
                if previous != booths {
                    moved.append(
                        PartyMove(party: party, name: new.name(of: party), from: previous, to: booths))
                }
            } else {
                added.append(PartyBooths(party: party, name: new.name(of: party), booths: booths))
            }
        }
        for (party, booths) in before where after[party] == nil {
            removed.append(PartyBooths(party: party, name: old.name(of: party), booths: booths))
        }
        self.moved = Self.sorted(moved, name: \.name, id: \.party)
        self.added = Self.sorted(added, name: \.name, id: \.party)
        self.removed = Self.sorted(removed, name: \.name, id: \.party)
        let oldBooths = Set(old.assignments.map(\.booth))
        let newBooths = Set(new.assignments.map(\.booth))
        boothsFreed = oldBooths.subtracting(newBooths).sorted()
        boothsTaken = newBooths.subtracting(oldBooths).sorted()
    }

    /// Whether nothing changed.
    public var isEmpty: Bool {
        moved.isEmpty && added.isEmpty && removed.isEmpty && boothsFreed.isEmpty && boothsTaken.isEmpty
    }

    /// The changes that concern one party, to send to that exhibitor: its move, arrival or
    /// departure, and the freed or taken booths that are its own.
    public func concerning(_ party: Identifier<ExhibitingParty>) -> BoothPlanChanges {
        var result = self
        result.moved = moved.filter { $0.party == party }
        result.added = added.filter { $0.party == party }
        result.removed = removed.filter { $0.party == party }
        let own = Set(
            result.moved.flatMap { $0.from + $0.to } + result.added.flatMap(\.booths)
                + result.removed.flatMap(\.booths))
        result.boothsFreed = boothsFreed.filter(own.contains)
        result.boothsTaken = boothsTaken.filter(own.contains)
        return result
    }

    /// Entries in Vietnamese order of their names, then by identifier.
    static func sorted<Entry>(
        _ entries: [Entry], name: KeyPath<Entry, String>, id: KeyPath<Entry, Identifier<ExhibitingParty>>
    ) -> [Entry] {
        entries.sorted { $0[keyPath: id] < $1[keyPath: id] }.sortedVietnamese { $0[keyPath: name] }
    }
}
