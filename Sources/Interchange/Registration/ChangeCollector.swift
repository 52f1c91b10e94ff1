import Planning
import Sheets

/// Compares the fields a row writes with the values the plan holds, collecting the changes: a
/// field left empty, or with an error in its cell, never changes anything.
struct ChangeCollector {
    /// The row compared.
    let row: RegistrationRow
    /// The changes found, in the order compared.
    private(set) var changes: [RegistrationChange] = []

    /// A collector for `row`.
    init(row: RegistrationRow) {
        self.row = row
    }

    /// Whether the row writes `field` in a cell that read without an error.
    func gives(_ field: RegistrationField) -> Bool {
        row.raw(field) != .empty
            && !row.problems.contains { $0.severity == .error && $0.field == field }
    }

    /// Compares `field`: when the row gives it and `same` says the values differ, records the
    /// change and returns true (the caller then takes the row's value).
    mutating func compare<Value>(
        _ field: RegistrationField, old: Value?, new: Value?, as value: (Value) -> RegistrationValue,
        same: (Value?, Value?) -> Bool
    ) -> Bool {
        guard gives(field), !same(old, new) else { return false }
        changes.append(RegistrationChange(field, old: old.map(value), new: new.map(value)))
        return true
    }

    /// Compares `field` of equatable values.
    mutating func compare<Value: Equatable>(
        _ field: RegistrationField, old: Value?, new: Value?, as value: (Value) -> RegistrationValue
    ) -> Bool {
        compare(field, old: old, new: new, as: value, same: ==)
    }

    /// Compares a text field.
    mutating func compare(_ field: RegistrationField, old: String?, new: String?) -> Bool {
        compare(field, old: old, new: new, as: RegistrationValue.text)
    }
}
