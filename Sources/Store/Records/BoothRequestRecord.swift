import GRDB
import Planning

/// A row of `booth_request`; sharing organisations and products are join rows.
struct BoothRequestRecord: StoreRecord {
    static let databaseTableName = "booth_request"

    var id: String
    var seq: Int
    var partyId: String
    var boothsWanted: Int
    var showsEveryProduct: Bool
    var servicesJson: String
    var preferredZonesJson: String
    var notes: String?

    /// The row for a request at position `seq`.
    init(_ request: BoothRequest, seq: Int) throws {
        id = request.id.rawValue
        self.seq = seq
        partyId = request.party.rawValue
        boothsWanted = request.boothsWanted
        showsEveryProduct = request.showsEveryProduct
        servicesJson = try JSONColumn.encode(request.servicesNeeded.sorted())
        preferredZonesJson = try JSONColumn.encode(request.preferredZones)
        notes = request.notes
    }

    /// The request the row holds, with its sharing organisations and products in order.
    func request(
        organisations: [Identifier<Organisation>], products: [Identifier<Product>]
    ) throws -> BoothRequest {
        BoothRequest(
            id: Identifier(id), party: Identifier(partyId), boothsWanted: boothsWanted,
            sharingOrganisations: organisations, products: products,
            showsEveryProduct: showsEveryProduct,
            servicesNeeded: Set(
                try JSONColumn.decode([BoothService].self, from: servicesJson, entity: .boothRequest, id: id)),
            preferredZones: try JSONColumn.decode(
                [String].self, from: preferredZonesJson, entity: .boothRequest, id: id),
            notes: notes)
    }
}
