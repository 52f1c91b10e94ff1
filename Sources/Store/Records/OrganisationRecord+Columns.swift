import GRDB

extension OrganisationRecord: BulkRecord {
    /// The table's columns, in the order of ``columnValues``.
    static let columnNames = [
        "id", "seq", "name", "short_name", "kind", "sector", "registration_code",
        "unparsed_registration_code", "province", "province_code", "province_json", "address",
        "contacts_json", "member_count",
    ]

    /// The table's `INSERT`, made once.
    static let insertSQL = makeInsertSQL()

    /// The row's values, in the order of ``columnNames``.
    var columnValues: [(any DatabaseValueConvertible)?] {
        [
            id, seq, name, shortName, kind, sector, registrationCode, unparsedRegistrationCode, province,
            provinceCode, provinceJson, address, contactsJson, memberCount,
        ]
    }

    /// The record of a fetched row, read column by column; a value of the wrong type is an
    /// error, not a trap.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        seq = try row.decode(forColumn: "seq")
        name = try row.decode(forColumn: "name")
        shortName = try row.decode(forColumn: "short_name")
        kind = try row.decode(forColumn: "kind")
        sector = try row.decode(forColumn: "sector")
        registrationCode = try row.decode(forColumn: "registration_code")
        unparsedRegistrationCode = try row.decode(forColumn: "unparsed_registration_code")
        province = try row.decode(forColumn: "province")
        provinceCode = try row.decode(forColumn: "province_code")
        provinceJson = try row.decode(forColumn: "province_json")
        address = try row.decode(forColumn: "address")
        contactsJson = try row.decode(forColumn: "contacts_json")
        memberCount = try row.decode(forColumn: "member_count")
    }
}
