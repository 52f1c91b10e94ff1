import GRDB
public import Planning

extension PlanStore {
    /// The organisation `written` names (identifier, registration code, name or short name, as
    /// ``PlanResolver/organisation(_:)`` resolves it on the whole plan), without reading the plan.
    ///
    /// An identifier, or a registration code only one organisation has, is found through the
    /// file's indexes; anything else is resolved on a directory of every organisation's
    /// identifier, names and code (four columns, none of the JSON), so suggestions and ambiguities
    /// are the whole plan's. Throws ``PlanningError`` as the resolver does.
    public func resolveOrganisation(_ written: String) throws -> Identifier<Organisation> {
        let trimmed = VietnameseText.normalized(written)
        let found: Identifier<Organisation>? = try read { db in
            if try OrganisationRecord.exists(db, key: trimmed) { return Identifier(trimmed) }
            if let code = RegistrationCode(trimmed) ?? RegistrationCode.restoringLostLeadingZero(trimmed) {
                let holders = try String.fetchAll(
                    db, sql: "SELECT id FROM organisation WHERE registration_code = ? LIMIT 2",
                    arguments: [code.description])
                if holders.count == 1 { return Identifier(holders[0]) }
            }
            return nil
        }
        if let found { return found }
        // Resolved outside the read, so the resolver's PlanningError reaches the caller as it is.
        let directory = try read { db in
            var plan = Plan(event: try fetchEvent(db))
            // Two organisations of one name are told apart by code and province: the province is
            // read too, each distinct one resolved once.
            var provinces: [String: ProvinceReference] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT id, name, short_name, registration_code, province FROM organisation ORDER BY seq"
            ) {
                let id: String = row[0]
                let written: String = row[4] ?? ""
                let province = provinces[written] ?? ProvinceReference(written)
                provinces[written] = province
                plan.organisations.append(
                    Organisation(
                        id: Identifier(id), name: row[1], shortName: row[2], kind: .cooperative,
                        sector: .agricultural, registrationCode: row[3], province: province))
            }
            return plan
        }
        return try PlanResolver(plan: directory).organisation(written).id
    }
}
