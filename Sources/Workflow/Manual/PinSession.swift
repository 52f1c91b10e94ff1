public import Planning
public import Store

/// Pins a placed session where it is (its room and start; timetabling then keeps it there) or
/// lifts the pin. Pinning checks the session there with the programme checker and refuses a
/// violation unless forced; unpinning never refuses. One transaction, journaled.
public struct PinSession: Sendable {
    /// The request as typed.
    public struct Input: Sendable {
        /// The session (identifier or title).
        public var session: String
        /// Pin (true) or lift the pin (false).
        public var pinned: Bool
        /// Whether to pin despite violations.
        public var force = false

        /// Pin (or unpin) `session`.
        public init(session: String, pinned: Bool) {
            self.session = session
            self.pinned = pinned
        }
    }

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Pins or unpins the session.
    public func run(_ input: Input, context: ChangeContext) throws -> SessionEdit {
        let session = try PlanResolver(plan: try store.loadPlan()).session(input.session)
        let note = context.note(input.pinned ? "pin session" : "unpin session", subject: session.title)
        return try SessionEditor(store: store, force: input.force).edit(
            session.id, note: note, refuses: input.pinned
        ) { current, _ in
            if input.pinned && (current.room == nil || current.start == nil) {
                throw WorkflowError.manual(.sessionNotPlaced(session: current.title))
            }
            var changed = current
            changed.pinned = input.pinned
            return changed
        }
    }
}
