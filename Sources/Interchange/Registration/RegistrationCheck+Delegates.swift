import Planning

extension RegistrationCheck {
    /// A delegate with how they attend.
    struct Delegate {
        /// The person.
        var person: Person
        /// How they attend.
        var attendee: RegistrationBatch.Attendee
        /// The organisation's name as written when it was not found.
        var writtenOrganisation: String?
    }

    /// The delegates of the Đại biểu sheets.
    mutating func parseDelegates(index: OrganisationLookup) -> [ParsedRow<Delegate>] {
        var parsed: [ParsedRow<Delegate>] = []
        for rowIndex in rows[.delegates, default: []].indices {
            var row = rows[.delegates]![rowIndex]
            defer { rows[.delegates]![rowIndex] = row }
            var honorific: Honorific?
            if let written = row.text(.honorific) {
                honorific = Honorific(written: written)
                if honorific == nil {
                    row.report(.error, .honorific, .unclearHonorific(written))
                }
            }
            let fullName = row.required(.fullName)
            let writtenOrganisation = row.text(.delegateOrganisation)
            let organisation = writtenOrganisation.flatMap {
                resolve($0, field: .delegateOrganisation, index: index, row: &row, required: false)
            }
            var unit = row.text(.unit)
            if organisation == nil, unit == nil { unit = writtenOrganisation }
            let person = Person(
                id: Identifier(identifiers.make(.person, from: fullName ?? "")), honorific: honorific,
                fullName: fullName ?? "", position: row.text(.position), organisation: organisation,
                unit: unit,
                province: row.text(.delegateProvince).map(ProvinceReference.init),
                phone: row.digits(.delegatePhone, length: 10),
                email: row.text(.delegateEmail), dateOfBirth: row.date(.dateOfBirth))
            let role = row.word(.role, in: RegistrationVocabulary.roles) ?? .delegate
            let point = connectionPoint(&row)
            parsed.append(
                ParsedRow(
                    row: rowIndex,
                    entity: Delegate(
                        person: person,
                        attendee: RegistrationBatch.Attendee(
                            person: person.id, role: role, connectionPoint: point),
                        writtenOrganisation: organisation == nil ? nil : writtenOrganisation)))
        }
        return parsed
    }

    /// The connection point a delegate attends from, nil for on site; checked against the plan's
    /// connection points when it has any.
    private func connectionPoint(_ row: inout RegistrationRow) -> String? {
        guard let written = row.text(.attendance) else { return nil }
        let key = VietnameseText.searchKey(written)
        if RegistrationVocabulary.onSite.contains(key) { return nil }
        guard !plan.connectionPoints.isEmpty else { return written }
        if let point = RegistrationBatch.connectionPoint(named: written, in: plan) { return point.name }
        row.report(
            .error, .attendance,
            .connectionPointUnknown(written: written, points: plan.connectionPoints.map(\.name)))
        return nil
    }
}
