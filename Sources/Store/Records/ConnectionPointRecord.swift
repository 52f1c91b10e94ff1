import GRDB
import Planning

/// A row of `connection_point`.
struct ConnectionPointRecord: StoreRecord {
    static let databaseTableName = "connection_point"

    var id: String
    var seq: Int
    var name: String
    var role: String
    var province: String
    var provinceCode: String?
    var provinceJson: String
    var host: String
    var chairId: String?
    var hallCapacity: Int
    var technicalContactJson: String?
    var availabilityJson: String
    var linkTestLeadMinutes: Int

    /// The row for a connection point at position `seq`.
    init(_ point: ConnectionPoint, seq: Int) throws {
        id = point.id.rawValue
        self.seq = seq
        name = point.name
        role = point.role.rawValue
        province = point.province.written
        provinceCode = point.province.code?.code
        provinceJson = try JSONColumn.encode(point.province)
        host = point.host
        chairId = point.chair?.rawValue
        hallCapacity = point.hallCapacity
        technicalContactJson = try JSONColumn.encode(point.technicalContact)
        availabilityJson = try JSONColumn.encode(point.availability)
        linkTestLeadMinutes = point.linkTestLeadMinutes
    }

    /// The connection point the row holds.
    func connectionPoint() throws -> ConnectionPoint {
        ConnectionPoint(
            id: Identifier(id), name: name,
            role: try StoreText.value(ConnectionPointRole.self, role, entity: .connectionPoint, id: id),
            province: try JSONColumn.decode(
                ProvinceReference.self, from: provinceJson, entity: .connectionPoint, id: id),
            host: host, chair: chairId.map { Identifier($0) }, hallCapacity: hallCapacity,
            technicalContact: try JSONColumn.decode(
                Contact.self, from: technicalContactJson, entity: .connectionPoint, id: id),
            availability: try JSONColumn.decode(
                [TimeRange].self, from: availabilityJson, entity: .connectionPoint, id: id),
            linkTestLeadMinutes: linkTestLeadMinutes)
    }
}
