import Foundation
import Planning

/// Finds the entities organisers name on the command line: by identifier, registration code,
/// name or short name (case and diacritics ignored).
struct PlanLookup {
    /// The plan searched.
    let plan: Plan

    /// The organisation named by its identifier, registration code, name or short name.
    func organisation(_ written: String) throws -> Organisation {
        let code = RegistrationCode(written)
        return try find(
            written, kind: "tổ chức", in: plan.organisations, id: \.id.rawValue,
            label: { "\($0.name) (\($0.id.rawValue))" },
            exact: { organisation in code != nil && organisation.registrationCode == code },
            names: { [$0.name, $0.shortName].compactMap { $0 } })
    }

    /// The product named by its identifier or name; only `owner`'s products when given.
    func product(_ written: String, owner: Identifier<Organisation>? = nil) throws -> Product {
        try find(
            written, kind: "sản phẩm", in: plan.products.filter { owner == nil || $0.owner == owner },
            id: \.id.rawValue, label: { "\($0.name) (\($0.id.rawValue))" }, names: { [$0.name] })
    }

    /// The exhibiting party named by its identifier or name.
    func party(_ written: String) throws -> ExhibitingParty {
        try find(
            written, kind: "đơn vị tham gia", in: plan.parties, id: \.id.rawValue,
            label: { "\($0.name) (\($0.id.rawValue))" }, names: { [$0.name] })
    }

    /// The person named by identifier or full name.
    func person(_ written: String) throws -> Person {
        try find(
            written, kind: "người", in: plan.people, id: \.id.rawValue,
            label: { "\($0.name.fullName) (\($0.id.rawValue))" }, names: { [$0.name.fullName] })
    }

    /// The session named by identifier or title.
    func session(_ written: String) throws -> Session {
        try find(
            written, kind: "phiên", in: plan.sessions, id: \.id.rawValue,
            label: { "\($0.title) (\($0.id.rawValue))" }, names: { [$0.title] })
    }

    /// The connection point named by its identifier, name (with or without "Điểm cầu") or province.
    func connectionPoint(_ written: String) throws -> ConnectionPoint {
        func key(_ text: String) -> String {
            let key = VietnameseText.searchKey(text)
            return key.hasPrefix("diem cau ") ? String(key.dropFirst("diem cau ".count)) : key
        }
        return try find(
            written, kind: "điểm cầu", in: plan.connectionPoints, id: \.id.rawValue,
            label: { "\($0.name) (\($0.id.rawValue))" },
            names: { [$0.name, $0.province.officialName] }, key: key)
    }

    /// The one entity matching `written`: an identifier first, then an exact match, then a name.
    func find<Entity>(
        _ written: String, kind: String, in entities: [Entity], id: KeyPath<Entity, String>,
        label: (Entity) -> String, exact: (Entity) -> Bool = { _ in false },
        names: (Entity) -> [String], key: (String) -> String = VietnameseText.searchKey
    ) throws -> Entity {
        let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if let entity = entities.first(where: { $0[keyPath: id] == trimmed }) { return entity }
        let exactMatches = entities.filter(exact)
        if exactMatches.count == 1 { return exactMatches[0] }
        let wanted = key(trimmed)
        let matches =
            exactMatches.isEmpty ? entities.filter { names($0).map(key).contains(wanted) } : exactMatches
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw WorkflowError.ambiguous(kind: kind, written: trimmed, candidates: matches.map(label))
        }
        let partial = entities.filter { entity in
            !wanted.isEmpty && names(entity).map(key).contains { $0.contains(wanted) }
        }
        throw WorkflowError.notFound(kind: kind, written: trimmed, suggestions: partial.prefix(5).map(label))
    }
}
