extension PlanValidator {
    /// People rules: names, organisations, provinces, contacts, duplicates.
    func validatePeople(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let organisations = Set(plan.organisations.map(\.id))
        for person in plan.people {
            let subject = Subject.person(person)
            if person.name.given.isEmpty {
                findings.append(
                    Finding(
                        .error, .personWithoutName, subject: subject,
                        message: .personWithoutName))
            }
            if let organisation = person.organisation, !organisations.contains(organisation) {
                findings.append(
                    Finding(
                        .error, .unknownPersonOrganisation, subject: subject,
                        message: .unknownPersonOrganisation(organisation: organisation.rawValue)))
            }
            if let province = person.province, let finding = provinceFinding(province, of: subject) {
                findings.append(finding)
            }
            findings += contactFindings(
                Contact(name: person.name.fullName, phone: person.phone, email: person.email), of: subject)
        }
        var seen: [String: Person] = [:]
        for person in plan.people.sorted(by: { $0.id < $1.id }) {
            let keys = Self.duplicateKeys(of: person)
            if let first = keys.lazy.compactMap({ seen[$0] }).first {
                findings.append(
                    Finding(
                        .warning, .duplicatePerson, subject: .person(person), related: [.person(first)],
                        message: .duplicatePerson(otherName: first.name.fullName, otherID: first.id.rawValue))
                )
            } else {
                for key in keys { seen[key] = person }
            }
        }
        return findings
    }
}
