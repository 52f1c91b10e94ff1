import GRDB
import Planning

/// A row of `booth_assignment`: a booth of the current booth plan and its party.
struct BoothAssignmentRecord: StoreRecord {
    static let databaseTableName = "booth_assignment"

    var boothCode: String
    var seq: Int
    var partyId: String
    var state: String
    var pinned: Bool

    /// The row for an assignment at position `seq`.
    init(_ assignment: BoothAssignment, seq: Int) {
        boothCode = assignment.booth
        self.seq = seq
        partyId = assignment.party.rawValue
        state = assignment.state.rawValue
        pinned = assignment.pinned
    }

    /// The assignment the row holds.
    func assignment() throws -> BoothAssignment {
        BoothAssignment(
            booth: boothCode, party: Identifier(partyId),
            state: try StoreText.value(BoothState.self, state, entity: .boothAssignment, id: boothCode),
            pinned: pinned)
    }
}
