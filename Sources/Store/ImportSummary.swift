/// What an import wrote: how many entities of each kind were added and how many changed.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    /// Entities added, by kind (kinds with none are absent).
    public var added: [StoredEntity: Int]
    /// Existing entities changed, by kind (kinds with none are absent).
    public var updated: [StoredEntity: Int]

    /// Creates a summary.
    public init(added: [StoredEntity: Int] = [:], updated: [StoredEntity: Int] = [:]) {
        self.added = added
        self.updated = updated
    }

    /// All entities added.
    public var totalAdded: Int { added.values.reduce(0, +) }
    /// All entities changed.
    public var totalUpdated: Int { updated.values.reduce(0, +) }

    /// Counts one written entity.
    mutating func count(_ entity: StoredEntity, isNew: Bool) {
        if isNew {
            added[entity, default: 0] += 1
        } else {
            updated[entity, default: 0] += 1
        }
    }

    /// "Thêm mới: 3 tổ chức, 5 sản phẩm; cập nhật: 1 tổ chức."
    public var description: String {
        func list(_ counts: [StoredEntity: Int]) -> String {
            counts.isEmpty
                ? "không có"
                : counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0.vietnameseName)" }.joined(
                    separator: ", ")
        }
        return "Thêm mới: \(list(added)); cập nhật: \(list(updated))."
    }
}
