extension PlanValidator {
    /// Organisation rules: codes, duplicates, provinces, members, names, contacts.
    func validateOrganisations(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let known = Set(plan.organisations.map(\.id))
        // Each name's key once: the kind's prefix rule and the duplicate rule both compare it.
        let nameKeys = plan.organisations.map { VietnameseText.searchKey($0.name) }
        for (position, organisation) in plan.organisations.enumerated() {
            checkOrganisation(organisation, nameKey: nameKeys[position], into: &findings) {
                known.contains($0)
            }
        }
        findings += duplicateOrganisationFindings(plan.organisations, nameKeys: nameKeys)
        return findings
    }

    /// The rules of one organisation on its own (code, province, members, name, sector,
    /// contacts), its name's search key given; `isKnown` tells whether the plan has an
    /// organisation (a member named).
    func checkOrganisation(
        _ organisation: Organisation, nameKey: String, into findings: inout [Finding],
        isKnown: (Identifier<Organisation>) throws -> Bool
    ) rethrows {
        let subject = Subject.organisation(organisation)
        if let written = organisation.unparsedRegistrationCode {
            findings.append(
                Finding(
                    .error, .malformedRegistrationCode, subject: subject,
                    message: .malformedRegistrationCode(written: written)))
        } else if organisation.registrationCode == nil && organisation.kind.requiresRegistrationCode {
            findings.append(
                Finding(
                    .warning, .missingRegistrationCode, subject: subject,
                    message: .missingRegistrationCode(kind: organisation.kind)))
        }
        if let finding = provinceFinding(organisation.province, of: subject) {
            findings.append(finding)
        }
        if let minimum = organisation.kind.minimumMembers, let members = organisation.memberCount,
            members < minimum
        {
            findings.append(
                Finding(
                    .warning, .tooFewMembers, subject: subject,
                    message: .tooFewMembers(kind: organisation.kind, members: members, minimum: minimum)
                ))
        }
        if !organisation.kind.namePrefixes.isEmpty {
            let matches = Self.namePrefixKeys[organisation.kind, default: []].contains {
                nameKey.hasPrefix($0)
            }
            if !matches {
                findings.append(
                    Finding(
                        .warning, .nameDoesNotMatchKind, subject: subject,
                        message: .nameDoesNotMatchKind(
                            name: organisation.name, prefix: organisation.kind.namePrefixes[0])
                    ))
            }
        }
        if (organisation.kind == .peoplesCreditFund) != (organisation.sector == .credit) {
            findings.append(
                Finding(
                    .warning, .sectorDoesNotMatchKind, subject: subject,
                    message: .sectorDoesNotMatchKind(sector: organisation.sector, kind: organisation.kind)
                ))
        }
        for member in organisation.memberOrganisations where try !isKnown(member) {
            findings.append(
                Finding(
                    .error, .unknownMemberOrganisation, subject: subject,
                    message: .unknownMemberOrganisation(member: member.rawValue)))
        }
        for contact in organisation.contacts {
            findings += contactFindings(contact, of: subject)
        }
    }

    /// The search keys of each kind's name prefixes («hop tac xa», «htx», …).
    static let namePrefixKeys = Dictionary(
        uniqueKeysWithValues: OrganisationKind.allCases.map { kind in
            (kind, kind.namePrefixes.map(VietnameseText.searchKey))
        })

    /// Same registration code twice is an error; same name in the same province a warning.
    /// `nameKeys` holds each organisation's name as a search key. Organisations are grouped by
    /// position, and only the groups of two or more are copied.
    func duplicateOrganisationFindings(_ organisations: [Organisation], nameKeys: [String]) -> [Finding] {
        var findings: [Finding] = []
        let byCode = organisations.indices.repeatedGroups {
            organisations[$0].registrationCode?.description
        }
        for positions in byCode {
            let code = organisations[positions[0]].registrationCode?.description ?? ""
            let sorted = positions.map { organisations[$0] }.sorted { $0.id < $1.id }
            for duplicate in sorted.dropFirst() {
                findings.append(
                    Finding(
                        .error, .duplicateRegistrationCode, subject: .organisation(duplicate),
                        related: [.organisation(sorted[0])],
                        message: .duplicateRegistrationCode(
                            code: code, otherName: sorted[0].name, otherID: sorted[0].id.rawValue)))
            }
        }
        let byName = organisations.indices.repeatedGroups { position in
            PlanFocus.NameInProvince(organisations[position], nameKey: nameKeys[position]).key
        }
        for positions in byName {
            let sorted = positions.map { organisations[$0] }.sorted { $0.id < $1.id }
            // Equal codes are the error above; two organisations without a code are not.
            for duplicate in sorted.dropFirst()
            where duplicate.registrationCode == nil
                || duplicate.registrationCode != sorted[0].registrationCode
            {
                findings.append(
                    Finding(
                        .warning, .possibleDuplicateOrganisation, subject: .organisation(duplicate),
                        related: [.organisation(sorted[0])],
                        message: .possibleDuplicateOrganisation(
                            otherName: sorted[0].name, otherID: sorted[0].id.rawValue)))
            }
        }
        return findings
    }
}
