import GRDB
import Planning

/// A row of `booth_offer`: booths offered to a waiting party, until it accepts or declines.
struct BoothOfferRecord: StoreRecord {
    static let databaseTableName = "booth_offer"

    var partyId: String
    var seq: Int
    var boothsJson: String
    var offeredAt: String
    var reason: String?

    /// The row for an offer at position `seq`.
    init(_ offer: PendingBoothOffer, seq: Int) throws {
        partyId = offer.party.rawValue
        self.seq = seq
        boothsJson = try JSONColumn.encode(offer.booths)
        offeredAt = StoreText.text(offer.offeredAt)
        reason = try JSONColumn.encode(offer.reason)
    }

    /// The offer the row holds.
    func offer() throws -> PendingBoothOffer {
        guard let reason else {
            throw StoreError.corruptData(
                .party, id: partyId, reason: .unreadableJSON(detail: "booth_offer.reason"))
        }
        return PendingBoothOffer(
            party: Identifier(partyId),
            booths: try JSONColumn.decode([String].self, from: boothsJson, entity: .party, id: partyId),
            offeredAt: try StoreText.localDateTime(offeredAt, entity: .party, id: partyId),
            reason: try JSONColumn.decode(BoothOfferReason.self, from: reason, entity: .party, id: partyId))
    }
}
