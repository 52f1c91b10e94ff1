/// Finds the one entity a person names by identifier, registration code, name or another name
/// (short name, province of a connection point), the same way in every command, form and sheet.
///
/// The index is built once, in time linear in the names' length; each look-up costs the length of
/// the typed text, not the number of entities. Matching goes in this order, the first stage that
/// finds anything deciding:
/// 1. the identifier, exactly as stored;
/// 2. a registration code, also when a spreadsheet dropped its leading zero
///    (``RegistrationCode/restoringLostLeadingZero(_:)``);
/// 3. a name under its tone-keeping key (``NameKey/exact(_:)``): «Tân Hòa» never matches «Tấn Hòa»;
/// 4. a name under its folded key (``NameKey/folded(_:)``), for text typed without diacritics;
/// 5. when the index allows parts, a distinctive run of whole words of a name («sông Cửu Long»);
/// several entities at one stage is ``NameMatch/ambiguous(_:)``, none at all ``NameMatch/notFound(suggestions:)``
/// with the names sharing most words.
public struct NameIndex<Entity: Sendable>: Sendable {
    /// The entities, in the order given.
    let entities: [Entity]
    private let identifiers: [String: Int]
    private let codes: [RegistrationCode: [Int]]
    /// The name keys, made on the first look-up by name: most look-ups of a registry import name
    /// an organisation by code or identifier, and making keys for tens of thousands of names
    /// cost more than the look-ups.
    private let keys: NameKeys
    private let matchesParts: Bool

    /// Indexes `entities` under their identifier, codes and names.
    ///
    /// - Parameters:
    ///   - identifier: the stored identifier (matched exactly).
    ///   - names: every name the entity may be typed by (full name, short name, ...).
    ///   - codes: registration codes that name it.
    ///   - matchesParts: whether a run of whole words of a name may name it when nothing else does.
    public init(
        _ entities: [Entity], identifier: (Entity) -> String, names: (Entity) -> [String],
        codes: (Entity) -> [RegistrationCode] = { _ in [] }, matchesParts: Bool = false
    ) {
        self.entities = entities
        self.matchesParts = matchesParts
        var identifiers: [String: Int] = [:]
        var codeIndex: [RegistrationCode: [Int]] = [:]
        var allNames: [[String]] = []
        allNames.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() {
            let id = identifier(entity)
            if identifiers[id] == nil { identifiers[id] = position }
            for code in Set(codes(entity)) { codeIndex[code, default: []].append(position) }
            allNames.append(names(entity))
        }
        self.identifiers = identifiers
        self.codes = codeIndex
        keys = NameKeys(names: allNames)
    }

    /// The entity named by `written` (see the type's documentation for the order of stages).
    public func resolve(_ written: String) -> NameMatch<Entity> {
        if let match = resolveWholly(written) { return match }
        let keys = keys.built
        let typed = NameKey.folded(VietnameseText.normalized(written)).split(separator: " ").map(String.init)
        guard !typed.isEmpty else { return .notFound(suggestions: []) }
        if matchesParts {
            let containing = keys.words.indices.filter { Self.contains(keys.words[$0], run: typed) }
            if !containing.isEmpty { return match(containing) }
        }
        return .notFound(suggestions: suggestions(for: typed, in: keys.words))
    }

    /// What `written` names by identifier, registration code or whole name (tones kept, then
    /// folded): stages 1 to 4, whose candidates are the entities answering to those keys alone;
    /// nil when none does. A plan file finds every such entity through its indexes, so a part of
    /// the plan holding them all decides the name as the whole plan would; a match by parts of a
    /// name, and the suggestions, look at every name.
    public func resolveWholly(_ written: String) -> NameMatch<Entity>? {
        let trimmed = VietnameseText.normalized(written)
        if let position = identifiers[trimmed] { return .found(entities[position]) }
        if !codes.isEmpty,
            let code = RegistrationCode(trimmed) ?? RegistrationCode.restoringLostLeadingZero(trimmed),
            let found = codes[code]
        {
            return match(found)
        }
        let keys = keys.built
        if let found = keys.exact[NameKey.exact(trimmed)] { return match(found) }
        if let found = keys.folded[NameKey.folded(trimmed)] { return match(found) }
        return nil
    }

    private func match(_ positions: [Int]) -> NameMatch<Entity> {
        var seen: Set<Int> = []
        let unique = positions.filter { seen.insert($0).inserted }
        return unique.count == 1 ? .found(entities[unique[0]]) : .ambiguous(unique.map { entities[$0] })
    }

    private func suggestions(for typed: [String], in words: [[String]], limit: Int = 5) -> [Entity] {
        let wanted = Set(typed)
        guard !wanted.isEmpty else { return [] }
        var scored: [(position: Int, shared: Int)] = []
        for (position, entityWords) in words.enumerated() {
            let shared = Set(entityWords).intersection(wanted).count
            if shared > 0 { scored.append((position, shared)) }
        }
        scored.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.position < $1.position }
        return scored.prefix(limit).map { entities[$0.position] }
    }

    /// Whether `words` holds `run` as consecutive whole words.
    static func contains(_ words: [String], run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where words[start] == run[0] {
            if words[start..<(start + run.count)].elementsEqual(run) { return true }
        }
        return false
    }
}
