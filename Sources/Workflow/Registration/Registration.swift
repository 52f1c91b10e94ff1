public import Planning

/// What registering (or changing) one entity did: its identifier and the findings about it.
public struct Registration: Sendable {
    /// The kind of entity.
    public var kind: EntityKind
    /// The identifier it was given.
    public var id: String
    /// Its name as registered.
    public var name: String
    /// The findings concerning it (as subject or related entity), most serious first.
    public var findings: [Finding]
    /// The parties whose booths now show the new entity (a product shown by every party showing
    /// all its owner's products), by name.
    public var shownBy: [String] = []

    /// The errors among the findings (written anyway only when forced).
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
}
