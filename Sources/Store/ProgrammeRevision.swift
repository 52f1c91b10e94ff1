public import Planning

/// Sessions placed, pinned or unpinned by hand (or a hand-made programme), to be written by
/// ``PlanStore/editProgramme(_:)`` in the transaction it was decided in.
public struct ProgrammeRevision: Sendable {
    /// The sessions changed, each written whole (room, start, pin); every one must be in the plan.
    public var sessions: [Session]
    /// When given, the programme is also published as the next version with this note, at this
    /// time.
    public var publication: (note: String?, at: LocalDateTime)?

    /// A revision.
    public init(sessions: [Session], publication: (note: String?, at: LocalDateTime)? = nil) {
        self.sessions = sessions
        self.publication = publication
    }
}
