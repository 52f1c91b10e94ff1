extension PlanValidator {
    /// Every finding of a plan whose registry is read row by row, most serious first: the same
    /// findings, in the same order, as ``validate(_:)`` on the whole plan.
    ///
    /// `frame` holds the event and the fair's own tables (venue, parties, requests, booth plan,
    /// connection points, sessions) with the organisations, products and people they name; its
    /// registry arrays need hold nothing else, and its attendances are not read. The rules on
    /// each row run as it comes; the duplicate rules run on the entities sharing a key, which are
    /// all a duplicate can be found among. Memory follows the fair and the findings, not the
    /// registry. `eachProduct` sees every product as it is checked (to count them in the same
    /// pass).
    public func validate(
        frame: Plan, registry: some RegistryRows, eachProduct: (Product) -> Void = { _ in }
    ) throws -> [Finding] {
        var findings = validateEvent(frame)
        var organisations: [Finding] = []
        try registry.forEachOrganisation { organisation in
            try checkOrganisation(
                organisation, nameKey: VietnameseText.searchKey(organisation.name), into: &organisations,
                isKnown: registry.containsOrganisation)
        }
        let sharingOrganisations = try registry.organisationsSharingDuplicateKeys()
        organisations += duplicateOrganisationFindings(
            sharingOrganisations, nameKeys: sharingOrganisations.map { VietnameseText.searchKey($0.name) })
        findings += organisations
        var products: [Finding] = []
        try registry.forEachProduct { product in
            checkProduct(
                product, ownerKnown: try registry.containsOrganisation(product.owner), event: frame.event,
                into: &products)
            eachProduct(product)
        }
        products += duplicateProductFindings(try registry.productsSharingDuplicateKeys())
        findings += products
        var people: [Finding] = []
        try registry.forEachPerson { person in
            let known = try person.organisation.map(registry.containsOrganisation) ?? true
            checkPerson(person, organisationKnown: known, firstDay: frame.event.firstDay, into: &people)
        }
        people += duplicatePersonFindings(try registry.peopleSharingDuplicateKeys())
        findings += people
        let active = frame.withoutWithdrawnRegistrations
        findings += validateExhibitors(active)
        if let venue = frame.venue {
            findings += validateVenue(venue)
            findings += validateBoothPlan(active, venue: venue)
        }
        findings += validateConference(
            frame,
            attendees: frame.attendeesByConnectionPoint(
                places: try registry.attendanceCounts(of: frame.event.id)))
        let points = Set(frame.connectionPoints.map(\.id))
        try registry.forEachAttendance { attendance, person, repeated in
            checkAttendance(attendance, person: person, points: points, repeated: repeated, into: &findings)
        }
        return Self.sorted(findings)
    }

    /// Findings most serious first, then by rule, then by the entity they are about.
    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted {
            ($0.severity, $0.code, $0.subject.id) < ($1.severity, $1.code, $1.subject.id)
        }
    }
}
