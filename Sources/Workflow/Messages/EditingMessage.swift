public import Planning

/// The wording of editing and removing entities: the errors, what an edit changed, what a removal
/// took away (by kind, with names) and what it left with a reference dropped, in every
/// ``Language``.
public enum EditingMessage: Hashable, Sendable, Localizable {
    /// An editing error.
    case error(EditingError)
    /// An entity was edited; the options whose value changed.
    case edited(EntityKind, name: String, id: String, fields: [InputField])
    /// Products a party had chosen left its list with their organisation, no longer sharing.
    case productsLeftWithSharer([String])
    /// An entity was removed.
    case removed(EntityLabel)
    /// An entity is about to be removed (the preview before a confirmation).
    case willRemove(EntityLabel)
    /// The entities of one kind removed together with it.
    case removedWith(EntityKind, [EntityLabel])
    /// The heading of the entities kept with a reference dropped.
    case detachedHeading
    /// One entity kept, with what dropping its reference did.
    case detached(Dependent)
    /// One dependent, with how it depends, in a refusal's list.
    case dependent(Dependent)

    /// The wording in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
