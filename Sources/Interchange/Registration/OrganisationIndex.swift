import Foundation
import Planning

/// Finds the organisation a product or delegate row names: by registration code, full name or
/// short name, among the plan's organisations and those of the sheet.
struct OrganisationIndex {
    /// What a look-up found.
    enum Match {
        /// One organisation; `row` is its index among the sheet's rows when it comes from the sheet.
        case found(Identifier<Organisation>, row: Int?)
        /// Several organisations share the name.
        case ambiguous([String])
        /// None; the closest names.
        case notFound(suggestions: [String])
    }

    /// Entries by key: code or name key → (identifier, name, sheet row).
    private var entries: [String: [(Identifier<Organisation>, String, Int?)]] = [:]
    /// Every name with its key, for suggestions.
    private var names: [(key: String, name: String)] = []

    init(plan: Plan, drafts: [ParsedRow<Organisation>]) {
        for organisation in plan.organisations { add(organisation, row: nil) }
        for draft in drafts { add(draft.entity, row: draft.row) }
    }

    /// The key of a name: no diacritics, with the written-out kind shortened as people write it.
    static func key(_ name: String) -> String {
        var key = VietnameseText.searchKey(name)
        for (long, short) in [
            ("hop tac xa ", "htx "), ("lien hiep htx ", "lhhtx "), ("to hop tac ", "tht "),
            ("quy tin dung nhan dan ", "qtdnd "), ("nong nghiep ", "nn "), ("dich vu ", "dv "),
        ] {
            key = key.replacingOccurrences(of: long, with: short)
        }
        return key
    }

    private mutating func add(_ organisation: Organisation, row: Int?) {
        var keys: Set<String> = [Self.key(organisation.name)]
        if let short = organisation.shortName { keys.insert(Self.key(short)) }
        if let code = organisation.registrationCode { keys.insert("#\(code.description)") }
        for key in keys { entries[key, default: []].append((organisation.id, organisation.name, row)) }
        names.append((Self.key(organisation.name), organisation.name))
    }

    /// Looks up an organisation as written.
    func lookup(_ written: String) -> Match {
        let candidates =
            RegistrationCode(written).flatMap { entries["#\($0.description)"] }
            ?? entries[Self.key(written)] ?? []
        var seen: Set<Identifier<Organisation>> = []
        let unique = candidates.filter { seen.insert($0.0).inserted }
        if unique.count == 1 { return .found(unique[0].0, row: unique[0].2) }
        if unique.count > 1 { return .ambiguous(unique.map(\.1)) }
        let key = Self.key(written)
        let words = Set(key.split(separator: " "))
        let scored = names.map { entry in
            (entry.name, Set(entry.key.split(separator: " ")).intersection(words).count)
        }
        .filter { $0.1 > 0 && words.count > 0 }
        .sorted { $0.1 > $1.1 }
        return .notFound(suggestions: Array(scored.prefix(3).map(\.0)))
    }
}
