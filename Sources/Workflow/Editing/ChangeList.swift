import Planning

/// The fields whose value an edit changes, in the order they are compared.
struct ChangeList {
    /// The fields changed so far.
    private(set) var fields: [InputField] = []

    /// Notes `field` as changed when `old` and `new` differ.
    mutating func compare<Value: Equatable>(_ field: InputField, _ old: Value, _ new: Value) {
        if old != new && !fields.contains(field) { fields.append(field) }
    }
}
