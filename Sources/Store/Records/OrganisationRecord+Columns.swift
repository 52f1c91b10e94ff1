import GRDB

extension OrganisationRecord {
    /// The row's columns, written out: a registry import writes tens of thousands of rows, and
    /// the Codable path (a keyed encoder and a snake-case conversion per column and row) cost more
    /// than SQLite itself. `RecordColumnsTests` checks that every column of the table is written.
    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["seq"] = seq
        container["name"] = name
        container["short_name"] = shortName
        container["kind"] = kind
        container["sector"] = sector
        container["registration_code"] = registrationCode
        container["unparsed_registration_code"] = unparsedRegistrationCode
        container["province"] = province
        container["province_code"] = provinceCode
        container["province_json"] = provinceJson
        container["address"] = address
        container["contacts_json"] = contactsJson
        container["member_count"] = memberCount
    }

    /// The record of a fetched row, read column by column (see ``encode(to:)``); a value of the wrong
    /// type is an error, not a trap.
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
