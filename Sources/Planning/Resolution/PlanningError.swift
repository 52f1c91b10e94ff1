/// What Planning throws when a name typed by a person cannot be resolved to one entity.
///
/// Validation problems are never thrown: they are ``Finding`` values.
public enum PlanningError: Error, Hashable, Sendable {
    /// Nothing matches `written`; `suggestions` are the closest names (labels with identifiers).
    case notFound(EntityKind, written: String, suggestions: [String])
    /// Several entities match `written`; `candidates` lists them (labels with identifiers).
    case ambiguous(EntityKind, written: String, candidates: [String])
}
