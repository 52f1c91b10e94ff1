public import Planning

/// Why an edit or a removal cannot be carried out as asked (thrown as
/// ``WorkflowError/editing(_:)``); worded by ``EditingMessage``.
public enum EditingError: Error, Hashable, Sendable {
    /// Identifiers never change (lists, published versions and the journal use them): the kind,
    /// the identifier and the one asked for.
    case identifierCannotChange(EntityKind, id: String, asked: String)
    /// The values given are the ones stored: nothing would change.
    case nothingToChange(EntityKind, name: String, id: String)
    /// `--clear` named something that is not an optional field of this kind (as typed), with the
    /// fields that can be cleared.
    case cannotClear(EntityKind, written: String, clearable: [InputField])
    /// A field was both given a value and cleared.
    case setAndCleared(InputField)
    /// Other entities depend on the one to remove, listed; `--cascade` removes or detaches them.
    case dependentsExist(EntityLabel, dependents: [Dependent])
    /// This kind of entity is not removed by hand (rooms belong to the venue, clusters and product
    /// sets are reference data).
    case notRemovable(EntityKind)
}

extension EditingError: Localizable, CustomStringConvertible {
    /// The error in `language`.
    public func text(_ language: Language) -> String {
        EditingMessage.error(self).text(language)
    }

    /// The error in Vietnamese.
    public var description: String { text(.vietnamese) }
}
