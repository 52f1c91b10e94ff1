import Planning
import Synchronization

/// The keys names are matched by (``NameKey``, ``VietnameseText/searchKey(_:)``, the
/// duplicate-person keys), made once per distinct text in the process: a portal reading the
/// part of a plan a registration touches goes over the same names for every registration, and
/// making a key costs more than looking it up.
final class NameKeyMemo: Sendable {
    /// The keys of an organisation's name.
    struct NameKeys: Sendable {
        /// ``NameKey/exact(_:)``.
        var exact: String
        /// ``NameKey/folded(_:)``.
        var folded: String
        /// ``VietnameseText/searchKey(_:)``.
        var search: String
    }

    /// The keys of a person.
    struct PersonKeys: Sendable {
        /// ``NameKey/exact(_:)`` of the full name.
        var name: String
        /// ``PlanValidator/duplicateKeys(name:phone:email:)``.
        var duplicates: [String]
    }

    /// The memo the plan files of the process share.
    static let shared = NameKeyMemo()

    /// How many texts are kept before the memo starts again (a national registry's names fit).
    static let capacity = 250_000

    private let names = Mutex<[String: NameKeys]>([:])
    private let people = Mutex<[String: PersonKeys]>([:])

    /// The keys of `name`.
    func keys(ofName name: String) -> NameKeys {
        if let known = names.withLock({ $0[name] }) { return known }
        let made = NameKeys(
            exact: NameKey.exact(name), folded: NameKey.folded(name), search: VietnameseText.searchKey(name))
        names.withLock { memo in
            if memo.count >= Self.capacity { memo.removeAll(keepingCapacity: true) }
            memo[name] = made
        }
        return made
    }

    /// The keys of a person named `name` with `phone` and `email`.
    func keys(ofPerson name: PersonName, phone: String?, email: String?) -> PersonKeys {
        let text = [name.family, name.middle, name.given, phone ?? "\u{1}", email ?? "\u{1}"]
            .joined(separator: "\u{0}")
        if let known = people.withLock({ $0[text] }) { return known }
        let made = PersonKeys(
            name: NameKey.exact(name.fullName),
            duplicates: PlanValidator.duplicateKeys(name: name, phone: phone, email: email))
        people.withLock { memo in
            if memo.count >= Self.capacity { memo.removeAll(keepingCapacity: true) }
            memo[text] = made
        }
        return made
    }
}
