import GRDB
import Planning

/// A row of `person`, the name in its three parts.
struct PersonRecord: StoreRecord {
    static let databaseTableName = "person"

    var id: String
    var seq: Int
    var honorific: String?
    var familyName: String
    var middleName: String
    var givenName: String
    var position: String?
    var organisationId: String?
    var unit: String?
    var province: String?
    var provinceCode: String?
    var provinceJson: String?
    var phone: String?
    var email: String?
    var dateOfBirth: String?
    var protocolRankOverride: Int?
    var scheduleJson: String?

    /// The row for a person at position `seq`.
    init(_ person: Person, seq: Int) throws {
        var provinces = ProvinceJSONMemo()
        try self.init(person, seq: seq, provinces: &provinces)
    }

    /// The row for a person at position `seq`, their province's JSON from a batch's memo.
    init(_ person: Person, seq: Int, provinces: inout ProvinceJSONMemo) throws {
        id = person.id.rawValue
        self.seq = seq
        honorific = person.honorific?.rawValue
        familyName = person.name.family
        middleName = person.name.middle
        givenName = person.name.given
        position = person.position
        organisationId = person.organisation?.rawValue
        unit = person.unit
        province = person.province?.written
        provinceCode = person.province?.code?.code
        provinceJson = try person.province.map { try provinces.json($0) }
        phone = person.phone
        email = person.email
        dateOfBirth = person.dateOfBirth?.iso
        protocolRankOverride = person.protocolRankOverride
        scheduleJson = person.schedule.isEmpty ? nil : try JSONColumn.encode(person.schedule)
    }

    /// The person the row holds; the province decoded through `provinces` when given.
    func person(provinces: ProvinceDecodingMemo? = nil) throws -> Person {
        var person = Person(
            id: Identifier(id),
            honorific: try honorific.map { try StoreText.value(Honorific.self, $0, entity: .person, id: id) },
            name: PersonName(family: familyName, middle: middleName, given: givenName),
            position: position, organisation: organisationId.map { Identifier($0) }, unit: unit,
            province: try provinceJson.map { json in
                try provinces?.province(json, entity: .person, id: id)
                    ?? JSONColumn.decode(ProvinceReference.self, from: json, entity: .person, id: id)
            },
            phone: phone, email: email,
            dateOfBirth: try StoreText.date(dateOfBirth, entity: .person, id: id))
        person.protocolRankOverride = protocolRankOverride
        if let scheduleJson {
            person.schedule = try JSONColumn.decode(
                PersonSchedule.self, from: scheduleJson, entity: .person, id: id)
        }
        return person
    }
}
