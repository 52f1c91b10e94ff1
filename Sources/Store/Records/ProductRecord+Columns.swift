import GRDB

extension ProductRecord {
    /// The row's columns, written out: a registry import writes tens of thousands of rows, and
    /// the Codable path (a keyed encoder and a snake-case conversion per column and row) cost more
    /// than SQLite itself. `RecordColumnsTests` checks that every column of the table is written.
    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["seq"] = seq
        container["name"] = name
        container["owner_id"] = ownerId
        container["classification_json"] = classificationJson
        container["category"] = category
        container["stars"] = stars
        container["decision_number"] = decisionNumber
        container["decision_date"] = decisionDate
        container["valid_until"] = validUntil
        container["recognition_json"] = recognitionJson
        container["needs_cold_chain"] = needsColdChain
    }

    /// The record of a fetched row, read column by column (see ``encode(to:)``); a value of the wrong
    /// type is an error, not a trap.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        seq = try row.decode(forColumn: "seq")
        name = try row.decode(forColumn: "name")
        ownerId = try row.decode(forColumn: "owner_id")
        classificationJson = try row.decode(forColumn: "classification_json")
        category = try row.decode(forColumn: "category")
        stars = try row.decode(forColumn: "stars")
        decisionNumber = try row.decode(forColumn: "decision_number")
        decisionDate = try row.decode(forColumn: "decision_date")
        validUntil = try row.decode(forColumn: "valid_until")
        recognitionJson = try row.decode(forColumn: "recognition_json")
        needsColdChain = try row.decode(forColumn: "needs_cold_chain")
    }
}
