extension PlanValidator {
    /// Organisation rules: codes, duplicates, provinces, members, names, contacts.
    func validateOrganisations(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let known = Set(plan.organisations.map(\.id))
        for organisation in plan.organisations {
            let subject = Subject.organisation(organisation)
            if let written = organisation.unparsedRegistrationCode {
                findings.append(
                    Finding(
                        .error, .malformedRegistrationCode, subject: subject,
                        vi: "Mã số «\(written)» không hợp lệ: cần 10 chữ số, chi nhánh thêm «-NNN».",
                        en: "Registration code '\(written)' is malformed: 10 digits, branches add '-NNN'."))
            } else if organisation.registrationCode == nil && organisation.kind.requiresRegistrationCode {
                findings.append(
                    Finding(
                        .warning, .missingRegistrationCode, subject: subject,
                        vi: "\(organisation.kind.vietnameseName) chưa có mã số HTX/mã số thuế.",
                        en: "This \(organisation.kind.englishName) has no registration code."))
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
                        vi:
                            "\(organisation.kind.vietnameseName) có \(members) thành viên, luật yêu cầu tối thiểu \(minimum).",
                        en:
                            "A \(organisation.kind.englishName) needs at least \(minimum) members; this one has \(members)."
                    ))
            }
            if !organisation.kind.namePrefixes.isEmpty {
                let key = VietnameseText.searchKey(organisation.name)
                let matches = organisation.kind.namePrefixes.contains {
                    key.hasPrefix(VietnameseText.searchKey($0))
                }
                if !matches {
                    findings.append(
                        Finding(
                            .warning, .nameDoesNotMatchKind, subject: subject,
                            vi:
                                "Tên «\(organisation.name)» không bắt đầu bằng «\(organisation.kind.namePrefixes[0])» như loại hình đã khai.",
                            en:
                                "Name does not start with '\(organisation.kind.namePrefixes[0])' as its kind requires."
                        ))
                }
            }
            if (organisation.kind == .peoplesCreditFund) != (organisation.sector == .credit) {
                findings.append(
                    Finding(
                        .warning, .sectorDoesNotMatchKind, subject: subject,
                        vi:
                            "Lĩnh vực «\(organisation.sector.vietnameseName)» không khớp loại hình «\(organisation.kind.vietnameseName)».",
                        en: "Sector does not match kind: credit is for people's credit funds only."))
            }
            for member in organisation.memberOrganisations where !known.contains(member) {
                findings.append(
                    Finding(
                        .error, .unknownMemberOrganisation, subject: subject,
                        vi: "Thành viên «\(member)» chưa được đăng ký.",
                        en: "Member organisation '\(member)' is not registered."))
            }
            for contact in organisation.contacts {
                findings += contactFindings(contact, of: subject)
            }
        }
        findings += duplicateOrganisationFindings(plan.organisations)
        return findings
    }

    /// Same registration code twice is an error; same name in the same province a warning.
    func duplicateOrganisationFindings(_ organisations: [Organisation]) -> [Finding] {
        var findings: [Finding] = []
        let byCode = Dictionary(grouping: organisations.filter { $0.registrationCode != nil }) {
            $0.registrationCode?.description ?? ""
        }
        for (code, group) in byCode where group.count > 1 {
            let sorted = group.sorted { $0.id < $1.id }
            for duplicate in sorted.dropFirst() {
                findings.append(
                    Finding(
                        .error, .duplicateRegistrationCode, subject: .organisation(duplicate),
                        related: [.organisation(sorted[0])],
                        vi: "Mã số \(code) trùng với «\(sorted[0].name)» (\(sorted[0].id)): đăng ký hai lần.",
                        en: "Registration code \(code) duplicates '\(sorted[0].name)' (\(sorted[0].id))."))
            }
        }
        let byName = Dictionary(grouping: organisations) {
            "\(VietnameseText.searchKey($0.name))|\($0.province.code?.code ?? $0.province.written)"
        }
        for group in byName.values where group.count > 1 {
            let sorted = group.sorted { $0.id < $1.id }
            for duplicate in sorted.dropFirst() where duplicate.registrationCode != sorted[0].registrationCode
            {
                findings.append(
                    Finding(
                        .warning, .possibleDuplicateOrganisation, subject: .organisation(duplicate),
                        related: [.organisation(sorted[0])],
                        vi:
                            "Trùng tên và tỉnh với «\(sorted[0].name)» (\(sorted[0].id)): kiểm tra đăng ký trùng.",
                        en: "Same name and province as \(sorted[0].id): possibly registered twice."))
            }
        }
        return findings
    }
}
