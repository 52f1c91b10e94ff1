/// What a look-up of a typed name found in a ``NameIndex``.
public enum NameMatch<Entity> {
    /// Exactly one entity.
    case found(Entity)
    /// Several entities share the name (or the distinctive part typed).
    case ambiguous([Entity])
    /// None; the closest entities, best first (possibly none).
    case notFound(suggestions: [Entity])
}

extension NameMatch: Sendable where Entity: Sendable {}
