import Planning

/// The optional fields an edit empties (`--clear FIELD`, as typed: `short-name`, `--short-name`,
/// or several separated by commas), checked against the fields of the kind that can be cleared.
struct Clearing {
    /// The fields cleared.
    let fields: Set<InputField>

    /// The fields named in `written`; a name that is not a clearable field of `kind` is an error
    /// listing those that are.
    init(_ written: [String], kind: EntityKind, clearable: [InputField]) throws(WorkflowError) {
        var fields: Set<InputField> = []
        for item in WrittenValue.items(written) {
            let name = String(item.drop { $0 == "-" }).lowercased()
            guard let field = InputField(rawValue: name), clearable.contains(field) else {
                throw .editing(.cannotClear(kind, written: item, clearable: clearable))
            }
            fields.insert(field)
        }
        self.fields = fields
    }

    /// Whether `field` is cleared.
    func contains(_ field: InputField) -> Bool {
        fields.contains(field)
    }

    /// The new value of an optional field: nil when cleared, else the value given, else the one
    /// stored. A field both given and cleared is an error.
    func value<Value>(_ field: InputField, _ given: Value?, else stored: Value?) throws(WorkflowError)
        -> Value?
    {
        if fields.contains(field) {
            if given != nil { throw .editing(.setAndCleared(field)) }
            return nil
        }
        return given ?? stored
    }

    /// Throws when `field` is both given and cleared.
    func check(_ field: InputField, given: Bool) throws(WorkflowError) {
        if given && fields.contains(field) { throw .editing(.setAndCleared(field)) }
    }
}
