import GRDB

extension PersonRecord {
    /// The row's columns, written out: a registry import writes tens of thousands of rows, and
    /// the Codable path (a keyed encoder and a snake-case conversion per column and row) cost more
    /// than SQLite itself. `RecordColumnsTests` checks that every column of the table is written.
    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["seq"] = seq
        container["honorific"] = honorific
        container["family_name"] = familyName
        container["middle_name"] = middleName
        container["given_name"] = givenName
        container["position"] = position
        container["organisation_id"] = organisationId
        container["unit"] = unit
        container["province"] = province
        container["province_code"] = provinceCode
        container["province_json"] = provinceJson
        container["phone"] = phone
        container["email"] = email
        container["date_of_birth"] = dateOfBirth
        container["protocol_rank_override"] = protocolRankOverride
    }

    /// The record of a fetched row, read column by column (see ``encode(to:)``); a value of the wrong
    /// type is an error, not a trap.
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
    }
}
