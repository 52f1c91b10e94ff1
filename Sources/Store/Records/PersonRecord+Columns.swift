import GRDB

extension PersonRecord: BulkRecord {
    /// The table's columns, in the order of ``columnValues``.
    static let columnNames = [
        "id", "seq", "honorific", "family_name", "middle_name", "given_name", "position", "organisation_id",
        "unit", "province", "province_code", "province_json", "phone", "email", "date_of_birth",
        "protocol_rank_override", "schedule_json",
    ]

    /// The table's `INSERT`, made once.
    static let insertSQL = makeInsertSQL()

    /// The row's values, in the order of ``columnNames``.
    var columnValues: [(any DatabaseValueConvertible)?] {
        [
            id, seq, honorific, familyName, middleName, givenName, position, organisationId, unit, province,
            provinceCode, provinceJson, phone, email, dateOfBirth, protocolRankOverride, scheduleJson,
        ]
    }

    /// The record of a fetched row, read column by column; a value of the wrong type is an
    /// error, not a trap.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        seq = try row.decode(forColumn: "seq")
        honorific = try row.decode(forColumn: "honorific")
        familyName = try row.decode(forColumn: "family_name")
        middleName = try row.decode(forColumn: "middle_name")
        givenName = try row.decode(forColumn: "given_name")
        position = try row.decode(forColumn: "position")
        organisationId = try row.decode(forColumn: "organisation_id")
        unit = try row.decode(forColumn: "unit")
        province = try row.decode(forColumn: "province")
        provinceCode = try row.decode(forColumn: "province_code")
        provinceJson = try row.decode(forColumn: "province_json")
        phone = try row.decode(forColumn: "phone")
        email = try row.decode(forColumn: "email")
        dateOfBirth = try row.decode(forColumn: "date_of_birth")
        protocolRankOverride = try row.decode(forColumn: "protocol_rank_override")
        scheduleJson = try row.decode(forColumn: "schedule_json")
    }
}
