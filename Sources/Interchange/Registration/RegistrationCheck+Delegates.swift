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
        /// For a person of the plan: whether how they attend changes (or is added).
        var attendanceChanged = false
    }

    /// The delegates of the Đại biểu sheets, each found in the plan by name, organisation (or unit)
    /// and phone or e-mail (then present or changed, how they attend included), repeating an
    /// earlier row, or new with a new identifier. A registration code naming no organisation is
    /// never kept as the unit.
    mutating func parseDelegates(index: OrganisationLookup) -> [ParsedRow<Delegate>] {
        var parsed: [ParsedRow<Delegate>] = []
        parsed.reserveCapacity(rows[.delegates]?.count ?? 0)
        var firstKeys: Set<ByteKey> = []
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
            if organisation == nil, unit == nil, writtenOrganisation.flatMap(Self.writtenCode) == nil {
                unit = writtenOrganisation
            }
            let draft = Person(
                id: Identifier(""), honorific: honorific, fullName: fullName ?? "",
                position: row.text(.position), organisation: organisation, unit: unit,
                province: row.text(.delegateProvince).map { province($0) },
                phone: row.digits(.delegatePhone, length: 10),
                email: row.text(.delegateEmail), dateOfBirth: row.date(.dateOfBirth))
            let role = row.word(.role, in: RegistrationVocabulary.roles)
            let point = connectionPoint(&row)
            var entry = ParsedRow(
                row: rowIndex,
                entity: Delegate(
                    person: draft,
                    attendee: RegistrationBatch.Attendee(
                        person: draft.id, role: role ?? .delegate, connectionPoint: point),
                    writtenOrganisation: organisation == nil ? nil : writtenOrganisation))
            entry.key = fullName == nil ? nil : NaturalKey.person(draft)
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, claimPerson(&entry, row: &row) {
                // found in the plan
            } else {
                let id = Identifier<Person>(identifiers.make(.person, from: fullName ?? ""))
                entry.entity.person = draft.identified(id)
                entry.entity.attendee.person = id
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// Finds the plan's person a delegate row stands for (``PlanKeyIndex/claimPerson(_:)``); when
    /// found, makes the row present or changed (how they attend included), notes it, and returns
    /// true.
    mutating func claimPerson(_ entry: inout ParsedRow<Delegate>, row: inout RegistrationRow) -> Bool {
        let draft = entry.entity.person
        guard let stored = keys.claimPerson(draft) else { return false }
        let found = attendanceChanges(
            Self.changes(of: stored, to: draft, row: row), row: row, role: entry.entity.attendee.role,
            point: entry.entity.attendee.connectionPoint)
        entry.entity.person = found.person
        entry.entity.attendee = found.attendee
        entry.entity.attendanceChanged = found.attendanceChanged
        entry.standing = found.list.isEmpty ? .present : .changed(found.list)
        reportStanding(entry.standing, kind: .delegates, id: stored.id.rawValue, row: &row)
        return true
    }

    /// Adds to a person's changes those of how they attend, against the plan's attendance: the
    /// role and the place the row gives, or the whole attendance when the plan has none.
    private func attendanceChanges(
        _ personChanges: ([RegistrationChange], Person), row: RegistrationRow, role: Attendance.Role?,
        point: String?
    ) -> (
        list: [RegistrationChange], person: Person, attendee: RegistrationBatch.Attendee,
        attendanceChanged: Bool
    ) {
        let (changes, person) = personChanges
        let stored = keys.attendances[person.id]
        let storedPoint = stored.flatMap { attendance -> ConnectionPoint? in
            guard case .connectionPoint(let id) = attendance.place else { return nil }
            return plan.connectionPoints.first { $0.id == id }
        }
        let writtenPoint = point.flatMap { RegistrationBatch.connectionPoint(named: $0, in: plan) }
        var collector = ChangeCollector(row: row)
        var attendee = RegistrationBatch.Attendee(
            person: person.id, role: stored?.role ?? role ?? .delegate,
            connectionPoint: storedPoint?.name)
        let place = { (point: ConnectionPoint?) in point.map { RegistrationValue.text($0.name) } ?? .onSite }
        guard let stored else {
            attendee.role = role ?? .delegate
            attendee.connectionPoint = writtenPoint?.name
            let added = RegistrationChange(.attendance, old: nil, new: place(writtenPoint))
            return (changes + [added], person, attendee, true)
        }
        if collector.compare(.role, old: stored.role, new: role, as: RegistrationValue.role), let role {
            attendee.role = role
        }
        if collector.compare(
            .attendance, old: storedPoint, new: writtenPoint, as: { .text($0.name) },
            same: { $0?.id == $1?.id })
        {
            attendee.connectionPoint = writtenPoint?.name
        }
        return (changes + collector.changes, person, attendee, !collector.changes.isEmpty)
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
