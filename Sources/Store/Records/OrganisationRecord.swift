import GRDB
import Planning

/// A row of `organisation`; the union's members are rows of `organisation_member`.
struct OrganisationRecord: StoreRecord {
    static let databaseTableName = "organisation"

    var id: String
    var seq: Int
    var name: String
    var shortName: String?
    var kind: String
    var sector: String
    var registrationCode: String?
    var unparsedRegistrationCode: String?
    var province: String
    var provinceCode: String?
    var provinceJson: String
    var address: String?
    var contactsJson: String
    var memberCount: Int?

    /// The row for an organisation at position `seq`.
    init(_ organisation: Organisation, seq: Int) throws {
        var provinces = ProvinceJSONMemo()
        try self.init(organisation, seq: seq, provinces: &provinces)
    }

    /// The row for an organisation at position `seq`, its province's JSON from a batch's memo.
    init(_ organisation: Organisation, seq: Int, provinces: inout ProvinceJSONMemo) throws {
        id = organisation.id.rawValue
        self.seq = seq
        name = organisation.name
        shortName = organisation.shortName
        kind = organisation.kind.rawValue
        sector = organisation.sector.rawValue
        registrationCode = organisation.registrationCode?.description
        unparsedRegistrationCode = organisation.unparsedRegistrationCode
        province = organisation.province.written
        provinceCode = organisation.province.code?.code
        provinceJson = try provinces.json(organisation.province)
        address = organisation.address
        contactsJson = try JSONColumn.encode(organisation.contacts)
        memberCount = organisation.memberCount
    }

    /// The organisation the row holds, with its member organisations in order; its province
    /// decoded through `provinces` when given.
    func organisation(members: [Identifier<Organisation>], provinces: ProvinceDecodingMemo? = nil) throws
        -> Organisation
    {
        var organisation = Organisation(
            id: Identifier(id), name: name, shortName: shortName,
            kind: try StoreText.value(OrganisationKind.self, kind, entity: .organisation, id: id),
            sector: try StoreText.value(Sector.self, sector, entity: .organisation, id: id),
            registrationCode: nil,
            province: try provinces?.province(provinceJson, entity: .organisation, id: id)
                ?? JSONColumn.decode(
                    ProvinceReference.self, from: provinceJson, entity: .organisation, id: id),
            address: address,
            contacts: try JSONColumn.decode(
                [Contact].self, from: contactsJson, entity: .organisation, id: id),
            memberCount: memberCount, memberOrganisations: members)
        if let registrationCode {
            guard let code = RegistrationCode(registrationCode) else {
                throw StoreError.corruptData(
                    .organisation, id: id, reason: .invalidRegistrationCode(registrationCode))
            }
            organisation.registrationCode = code
        }
        organisation.unparsedRegistrationCode = unparsedRegistrationCode
        return organisation
    }
}
