/// Typed references (to organisations or products) under the keys ``NameIndex`` matches them by:
/// the text itself (an identifier), the registration code it holds (a lost leading zero
/// restored), and its tone-keeping and folded name keys. An entity answers to the references
/// when its identifier, code, or one of its names under either key is among them: the entities
/// any stage of a ``NameIndex`` would match.
public struct NameReferenceKeys: Sendable {
    /// The references as typed, normalised (identifiers are matched exactly).
    public private(set) var texts: Set<String> = []
    /// The registration codes they hold.
    public private(set) var codes: Set<RegistrationCode> = []
    /// Their tone-keeping name keys.
    public private(set) var exact: Set<String> = []
    /// Their folded name keys.
    public private(set) var folded: Set<String> = []

    /// The keys of `references`.
    public init(_ references: Set<String>) {
        for reference in references {
            let text = VietnameseText.normalized(reference)
            texts.insert(text)
            if let code = RegistrationCode(text) ?? RegistrationCode.restoringLostLeadingZero(text) {
                codes.insert(code)
            }
            let exactKey = NameKey.exact(text)
            guard !exactKey.isEmpty else { continue }
            exact.insert(exactKey)
            folded.insert(NameKey.folded(text))
        }
    }

    /// Whether a name under its keys (``NameKey/exact(_:)``, ``NameKey/folded(_:)``) answers to
    /// one of the references.
    public func matches(exactKey: String, foldedKey: String) -> Bool {
        exact.contains(exactKey) || folded.contains(foldedKey)
    }

    /// Whether `name` answers to one of the references.
    public func matches(name: String) -> Bool {
        matches(exactKey: NameKey.exact(name), foldedKey: NameKey.folded(name))
    }

    /// Whether an entity with `identifier`, `code` and `names` answers to one of the references.
    public func matches(identifier: String, code: RegistrationCode?, names: [String]) -> Bool {
        texts.contains(identifier) || code.map(codes.contains) == true
            || names.contains(where: matches(name:))
    }
}
