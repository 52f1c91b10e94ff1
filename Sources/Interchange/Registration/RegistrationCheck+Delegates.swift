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

    /// A delegate read from their row alone, before the rows before it and the plan are looked
    /// at.
    struct DelegateDraft: Sendable {
        /// The delegate, without an identifier.
        var delegate: Delegate
        /// Their natural key (``NaturalKey/person(_:)``), nil without a name.
        var key: String?
        /// The base of the identifier they get when new.
        var identifierBase: String
    }

    /// The delegates of the Đại biểu sheets, each found in the plan by name, organisation (or unit)
    /// and phone or e-mail (then present or changed, how they attend included), repeating an
    /// earlier row, or new with a new identifier. A registration code naming no organisation is
    /// never kept as the unit.
    ///
    /// The rows are read on the machine's cores (``drafts(of:_:)``); repeats, the plan's people
    /// and identifiers are then worked out in row order.
    mutating func parseDelegates(index: OrganisationLookup) -> [ParsedRow<Delegate>] {
        let plan = plan
        let drafts = drafts(of: .delegates) { row, memo in
            Self.draftDelegate(&row, index: index, plan: plan, memo: &memo)
        }
        var parsed: [ParsedRow<Delegate>] = []
        parsed.reserveCapacity(drafts.count)
        var firstKeys: Set<ByteKey> = []
        for (rowIndex, draft) in drafts.enumerated() {
            var entry = ParsedRow(row: rowIndex, entity: draft.delegate)
            entry.key = draft.key
            var row = rows[.delegates]![rowIndex]
            if let key = entry.key, !firstKeys.insert(ByteKey(key)).inserted {
                entry.standing = .repeated
            } else if entry.key != nil, claimPerson(&entry, row: &row) {
                rows[.delegates]![rowIndex] = row
            } else {
                let id = Identifier<Person>(identifiers.make(base: draft.identifierBase, of: .person))
                entry.entity.person = draft.delegate.person.identified(id)
                entry.entity.attendee.person = id
            }
            parsed.append(entry)
        }
        return parsed
    }

    /// Reads a delegate from their row alone, the organisation resolved through `index` and the
    /// place checked against the connection points of `plan`, reporting the row's problems.
    static func draftDelegate(
        _ row: inout RegistrationRow, index: OrganisationLookup, plan: Plan,
        memo: inout DraftMemo
    ) -> DelegateDraft {
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
            resolve(
                $0, field: .delegateOrganisation, index: index, row: &row, required: false,
                references: &memo.organisationReferences)
        }
        var unit = row.text(.unit)
        if organisation == nil, unit == nil, writtenOrganisation.flatMap(Self.writtenCode) == nil {
            unit = writtenOrganisation
        }
        let draft = Person(
            id: Identifier(""), honorific: honorific, fullName: fullName ?? "",
            position: row.text(.position), organisation: organisation, unit: unit,
            province: row.text(.delegateProvince).map { memo.province($0) },
            phone: row.digits(.delegatePhone, length: 10),
            email: row.text(.delegateEmail), dateOfBirth: row.date(.dateOfBirth))
        let role = row.word(.role, in: RegistrationVocabulary.roles)
        let point = connectionPoint(&row, plan: plan)
        return DelegateDraft(
            delegate: Delegate(
                person: draft,
                attendee: RegistrationBatch.Attendee(
                    person: draft.id, role: role ?? .delegate, connectionPoint: point),
                writtenOrganisation: organisation == nil ? nil : writtenOrganisation),
            key: fullName == nil ? nil : NaturalKey.person(draft),
            identifierBase: IdentifierMaker.base(.person, from: fullName ?? ""))
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
    /// connection points of `plan` when it has any.
    private static func connectionPoint(_ row: inout RegistrationRow, plan: Plan) -> String? {
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
