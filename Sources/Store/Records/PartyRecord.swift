import GRDB
import Planning

/// A row of `party`: an exhibiting party with its registration status.
struct PartyRecord: StoreRecord {
    static let databaseTableName = "party"

    var id: String
    var seq: Int
    var name: String
    var kind: String
    var organisationId: String?
    var province: String?
    var provinceCode: String?
    var provinceJson: String?
    var contactJson: String?
    var registeredAt: String?
    var priority: Int
    var cluster: String?
    var status: String

    /// `kind` of a provincial alliance.
    static let allianceKind = "provincial-alliance"
    /// `kind` of a single organisation.
    static let organisationKind = "organisation"

    /// The row for a party at position `seq`.
    init(_ party: ExhibitingParty, seq: Int) throws {
        id = party.id.rawValue
        self.seq = seq
        name = party.name
        switch party.kind {
        case .provincialAlliance(let reference):
            kind = Self.allianceKind
            organisationId = nil
            province = reference.written
            provinceCode = reference.code?.code
            provinceJson = try JSONColumn.encode(reference)
        case .organisation(let organisation):
            kind = Self.organisationKind
            organisationId = organisation.rawValue
            province = nil
            provinceCode = nil
            provinceJson = nil
        }
        contactJson = try JSONColumn.encode(party.contact)
        registeredAt = party.registeredAt.map(StoreText.text)
        priority = party.priority
        cluster = party.cluster
        status = party.registrationStatus.rawValue
    }

    /// The party the row holds.
    func party() throws -> ExhibitingParty {
        let partyKind: ExhibitingParty.Kind
        if kind == Self.organisationKind, let organisationId {
            partyKind = .organisation(Identifier(organisationId))
        } else if kind == Self.allianceKind, let provinceJson {
            partyKind = .provincialAlliance(
                try JSONColumn.decode(ProvinceReference.self, from: provinceJson, entity: .party, id: id))
        } else {
            throw StoreError.corruptData(.party, id: id, reason: .invalidPartyKind(kind))
        }
        return ExhibitingParty(
            id: Identifier(id), name: name, kind: partyKind,
            contact: try JSONColumn.decode(Contact.self, from: contactJson, entity: .party, id: id),
            registeredAt: try StoreText.localDateTime(registeredAt, entity: .party, id: id),
            priority: priority, cluster: cluster,
            registrationStatus: try StoreText.value(RegistrationStatus.self, status, entity: .party, id: id))
    }
}
