public import Store

/// Moves a party to other booths by hand: its booths are replaced by the ones named, which must
/// be on the venue and free (or already its own) and pass the booth-plan checker's hard rules
/// unless forced. A pinned party stays pinned, on its new booths. One transaction, journaled.
public struct MoveBooths: Sendable {
    /// The request as typed.
    public typealias Input = HandPlacement

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Moves the party.
    public func run(_ input: Input, context: ChangeContext) throws -> BoothPlanEdit {
        try BoothPlanEditor.give(input, store: store, command: "move", replacing: true, context: context)
    }
}
