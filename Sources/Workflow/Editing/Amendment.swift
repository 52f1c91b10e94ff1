public import Planning

/// What editing one entity did: the fields that changed and the findings about the entity after
/// the change.
public struct Amendment: Hashable, Sendable {
    /// The kind of entity.
    public var kind: EntityKind
    /// Its identifier (never changed).
    public var id: String
    /// Its name after the edit.
    public var name: String
    /// The fields whose value changed, in the order of the kind's options.
    public var changed: [InputField]
    /// The findings concerning it after the edit (as subject or related entity), most serious
    /// first.
    public var findings: [Finding]
    /// The errors the edit brought in (not found about the entity before): written only because
    /// forced.
    public var introducedErrors: Int
    /// The products a party had chosen to show that left its list with their organisation, no
    /// longer sharing its booths (`edit party --share`), by name.
    public var productsLeaving: [String] = []

    /// The errors among the findings (brought in and forced, or already there before the edit).
    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
}
