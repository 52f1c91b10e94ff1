import GRDB

/// The positions (`seq`) new rows of an import take: each table's last position read once, then
/// counted on, so adding n rows costs n, not n times the table's size.
struct ImportPositions {
    /// The next position of each table read so far.
    private var next: [StoredEntity: Int] = [:]

    /// The position of the next new row of `entity`'s table.
    mutating func next(_ entity: StoredEntity, _ db: Database) throws -> Int {
        if let position = next[entity] {
            next[entity] = position + 1
            return position
        }
        let last = try Int.fetchOne(db, sql: "SELECT max(seq) FROM \(entity.table.name)") ?? 0
        next[entity] = last + 2
        return last + 1
    }

    /// The positions of `count` new rows of `entity`'s table, one after the other: the first is
    /// returned (nil when `count` is 0).
    mutating func reserve(_ count: Int, of entity: StoredEntity, _ db: Database) throws -> Int? {
        guard count > 0 else { return nil }
        let first = try next(entity, db)
        next[entity] = first + count
        return first
    }
}
