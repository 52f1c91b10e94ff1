import Planning

/// The fields whose value an edit changes, in the order they are compared.
struct ChangeList {
    /// The fields changed so far.
    private(set) var fields: [InputField] = []

    /// Notes `field` as changed when `old` and `new` differ.
    mutating func compare<Value: Equatable>(_ field: InputField, _ old: Value, _ new: Value) {
        if old != new && !fields.contains(field) { fields.append(field) }
    }

    /// Notes an on/off flag as changed when `old` and `new` differ, named as it was written: `field`
    /// when turned on, `off` (its `--no-` form) when turned off.
    mutating func compare(flag field: InputField, off: InputField, _ old: Bool, _ new: Bool) {
        compare(new ? field : off, old, new)
    }
}
