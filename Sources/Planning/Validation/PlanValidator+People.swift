extension PlanValidator {
    /// People rules: names, organisations, provinces, contacts, duplicates.
    func validatePeople(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let organisations = Set(plan.organisations.lazy.map(\.id))
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
        // Positions, not copies: at national scale a copy of every person held twice over was
        // the largest part of the rules' memory.
        let people = plan.people
        var seen: [String: Int] = [:]
        seen.reserveCapacity(people.count)
        for position in people.indices.sorted(by: { people[$0].id < people[$1].id }) {
            let person = people[position]
            let keys = Self.duplicateKeys(of: person)
            if let first = keys.lazy.compactMap({ seen[$0] }).first.map({ people[$0] }) {
                findings.append(
                    Finding(
                        .warning, .duplicatePerson, subject: .person(person), related: [.person(first)],
                        message: .duplicatePerson(otherName: first.name.fullName, otherID: first.id.rawValue))
                )
            } else {
                for key in keys { seen[key] = position }
            }
        }
        return findings
    }
}
