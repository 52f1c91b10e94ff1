public import Store

/// Gives booths to a party by hand: each booth must be on the venue and free; with the party's
/// other booths they must pass the booth-plan checker's hard rules (lettable, one block joined by
/// shared walls, the booths wanted, the services needed) unless forced. The party becomes placed.
/// One transaction, journaled.
public struct AssignBooths: Sendable {
    /// The request as typed.
    public typealias Input = HandPlacement

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Assigns the booths.
    public func run(_ input: Input, context: ChangeContext) throws -> BoothPlanEdit {
        try BoothPlanEditor.give(
            input, store: store, command: "assign booths", replacing: false, context: context)
    }
}
