import GRDB

extension ProductRecord: BulkRecord {
    /// The table's columns, in the order of ``columnValues``.
    static let columnNames = [
        "id", "seq", "name", "owner_id", "classification_json", "category", "stars", "decision_number",
        "decision_date", "valid_until", "recognition_json", "needs_cold_chain",
    ]

    /// The table's `INSERT`, made once.
    static let insertSQL = makeInsertSQL()

    /// The row's values, in the order of ``columnNames``.
    var columnValues: [(any DatabaseValueConvertible)?] {
        [
            id, seq, name, ownerId, classificationJson, category, stars, decisionNumber, decisionDate,
            validUntil, recognitionJson, needsColdChain,
        ]
    }

    /// The record of a fetched row, read column by column; a value of the wrong type is an
    /// error, not a trap.
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
