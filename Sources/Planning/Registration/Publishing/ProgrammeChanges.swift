/// What changed between two programmes: sessions moved in time or room, linked to other
/// connection points, added, removed.
///
/// A session "moves" when its start, its length (so its end) or its room changes, and is
/// "relinked" when connection points are linked to it or unlinked (it may do both); a change of
/// title alone is not listed. Sessions are listed by their (new) start, unscheduled ones last,
/// then in Vietnamese order of their titles.
public struct ProgrammeChanges: Hashable, Codable, Sendable {
    /// The published version compared from; nil when nothing had been published.
    public var fromVersion: Int?
    /// The published version compared to; nil for the current, unpublished programme.
    public var toVersion: Int?
    /// Sessions in both programmes whose time or room changed.
    public var moved: [SessionMove]
    /// Sessions in both programmes linked to other connection points.
    public var relinked: [SessionRelink]
    /// Sessions only in the newer programme.
    public var added: [ProgrammeEntry]
    /// Sessions only in the older programme.
    public var removed: [ProgrammeEntry]

    /// Compares two programmes.
    public init(
        from old: ProgrammeSnapshot, to new: ProgrammeSnapshot, fromVersion: Int? = nil,
        toVersion: Int? = nil
    ) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        let before = Dictionary(old.sessions.map { ($0.id, $0) }) { first, _ in first }
        let after = Dictionary(new.sessions.map { ($0.id, $0) }) { first, _ in first }
        var moved: [SessionMove] = []
        var relinked: [SessionRelink] = []
        var added: [ProgrammeEntry] = []
        for (id, session) in after {
            let entry = Self.entry(session, in: new)
            if let previous = before[id] {
                let earlier = Self.entry(previous, in: old)
                if earlier.time != entry.time || earlier.room != entry.room {
                    moved.append(SessionMove(from: earlier, to: entry))
                }
                let was = Set(previous.linkedPoints)
                let now = Set(session.linkedPoints)
                if was != now {
                    func name(_ point: Identifier<ConnectionPoint>) -> String {
                        let published = old.pointName(point)
                        return published == point.rawValue ? new.pointName(point) : published
                    }
                    let linked = session.linkedPoints.filter { !was.contains($0) }
                    let unlinked = previous.linkedPoints.filter { !now.contains($0) }
                    relinked.append(
                        SessionRelink(
                            entry: entry, linked: linked, unlinked: unlinked,
                            linkedNames: linked.map(name), unlinkedNames: unlinked.map(name)))
                }
            } else {
                added.append(entry)
            }
        }
        let removed = before.filter { after[$0.key] == nil }.values.map { Self.entry($0, in: old) }
        self.moved = Self.sorted(moved, by: \.to)
        self.relinked = Self.sorted(relinked, by: \.entry)
        self.added = Self.sorted(added, by: \.self)
        self.removed = Self.sorted(removed, by: \.self)
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { moved.isEmpty && relinked.isEmpty && added.isEmpty && removed.isEmpty }

    /// The changes that concern one connection point: sessions linked to it before or after.
    public func concerning(_ point: Identifier<ConnectionPoint>) -> ProgrammeChanges {
        var result = self
        result.moved = moved.filter {
            $0.from.linkedPoints.contains(point) || $0.to.linkedPoints.contains(point)
        }
        result.relinked = relinked.filter { $0.linked.contains(point) || $0.unlinked.contains(point) }
        result.added = added.filter { $0.linkedPoints.contains(point) }
        result.removed = removed.filter { $0.linkedPoints.contains(point) }
        return result
    }

    /// A session as a change log names it in a snapshot.
    static func entry(_ session: Session, in snapshot: ProgrammeSnapshot) -> ProgrammeEntry {
        ProgrammeEntry(
            session: session.id, title: session.title, time: session.scheduledRange,
            room: session.room.map(snapshot.roomName), linkedPoints: session.linkedPoints)
    }

    /// Items by start (unscheduled last), then title in Vietnamese order, then identifier.
    static func sorted<Item>(_ items: [Item], by entry: KeyPath<Item, ProgrammeEntry>) -> [Item] {
        let byTitle = items.sorted { $0[keyPath: entry].session < $1[keyPath: entry].session }
            .sortedVietnamese { $0[keyPath: entry].title }
        return byTitle.enumerated().sorted { lhs, rhs in
            switch (lhs.element[keyPath: entry].time?.start, rhs.element[keyPath: entry].time?.start) {
            case (let left?, let right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.offset < rhs.offset
            }
        }
        .map(\.element)
    }
}
