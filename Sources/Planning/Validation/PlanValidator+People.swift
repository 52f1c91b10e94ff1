extension PlanValidator {
    /// People rules: names, organisations, provinces, contacts, duplicates.
    func validatePeople(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let organisations = Set(plan.organisations.lazy.map(\.id))
        for person in plan.people {
            checkPerson(
                person, organisationKnown: person.organisation.map(organisations.contains) ?? true,
                firstDay: plan.event.firstDay, into: &findings)
        }
        findings += duplicatePersonFindings(plan.people)
        return findings
    }

    /// The most years a date of birth may lie before the event's first day.
    public static let maximumAgeYears = 120

    /// The rules of one person on their own: a given name, a known organisation (when one is
    /// named), a date of birth before the event's `firstDay` (and not more than
    /// ``maximumAgeYears`` before it), the province, the phone and e-mail.
    func checkPerson(
        _ person: Person, organisationKnown: Bool, firstDay: CalendarDate?, into findings: inout [Finding]
    ) {
        let subject = Subject.person(person)
        if person.name.given.isEmpty {
            findings.append(
                Finding(
                    .error, .personWithoutName, subject: subject,
                    message: .personWithoutName))
        }
        if let born = person.dateOfBirth, let firstDay,
            born >= firstDay || born.year < firstDay.year - Self.maximumAgeYears
                || born.year == firstDay.year - Self.maximumAgeYears
                    && (born.month, born.day) < (firstDay.month, firstDay.day)
        {
            findings.append(
                Finding(
                    .error, .birthDateImplausible, subject: subject,
                    message: .birthDateImplausible(
                        date: born, firstDay: firstDay, years: Self.maximumAgeYears)))
        }
        if let organisation = person.organisation, !organisationKnown {
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

    /// People sharing a duplicate key (``duplicateKeys(of:)``): taken by identifier, a person
    /// sharing a key with one taken earlier and not a duplicate is a possible duplicate of that
    /// one. `people` may be everyone or only those with a key another person has: the keys of the
    /// others match nobody.
    func duplicatePersonFindings(_ people: [Person]) -> [Finding] {
        var findings: [Finding] = []
        // Positions, not copies: at national scale a copy of every person held twice over was
        // the largest part of the rules' memory.
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
