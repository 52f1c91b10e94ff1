/// Checks a plan against the domain's rules and returns every finding.
///
/// Validation never throws and never stops at the first problem: it returns all findings, sorted
/// by severity, then rule, then entity. Rules are grouped by area in `PlanValidator+*.swift`.
public struct PlanValidator: Sendable {
    /// Days after the event within which an expiring OCOP certificate is worth a reminder.
    public var renewalReminderDays: Int

    /// The number of organisations, products and people from which the rule groups run
    /// concurrently: below it, starting threads costs more than it saves.
    var concurrentFrom = 2_000

    /// Creates a validator.
    public init(renewalReminderDays: Int = 90) {
        self.renewalReminderDays = renewalReminderDays
    }

    /// Every finding in the plan, most serious first.
    ///
    /// Withdrawn registrations raise none: their parties, booth requests and booths are left out
    /// (``Plan/withoutWithdrawnRegistrations``).
    public func validate(_ plan: Plan) -> [Finding] {
        validate(plan, attendees: plan.attendeesByConnectionPoint)
    }

    /// Every finding in a plan that holds only some of its attendances, most serious first: the
    /// attendees of each connection point are counted from `places`, their number by the place
    /// their attendance names (nil: on site), as a plan file counts them for the whole event
    /// (``Plan/attendeesByConnectionPoint(places:)``, with the plan's own main point).
    ///
    /// The findings about the plan's connection points are then those of the whole plan; the
    /// attendance rules still look only at the attendances the plan holds.
    public func validate(_ plan: Plan, attendeePlaces places: [Identifier<ConnectionPoint>?: Int])
        -> [Finding]
    {
        validate(plan, attendees: plan.attendeesByConnectionPoint(places: places))
    }

    /// Every finding, the connection points' attendees counted as `attendees`.
    private func validate(_ plan: Plan, attendees: [Identifier<ConnectionPoint>: Int]) -> [Finding] {
        let active = plan.withoutWithdrawnRegistrations
        // The rule groups read the same plan and share nothing else: on a large plan they run on
        // every core, and their findings are joined in this order before sorting, as if one by one.
        var groups: [@Sendable () -> [Finding]] = [
            { validateEvent(plan) },
            { validateOrganisations(plan) },
            { validateProducts(plan) },
            { validatePeople(plan) },
            { validateExhibitors(active) },
        ]
        if let venue = plan.venue {
            groups += [{ validateVenue(venue) }, { validateBoothPlan(active, venue: venue) }]
        }
        groups += [
            { validateConference(plan, attendees: attendees) },
            { validateAttendance(plan) },
        ]
        let large = plan.organisations.count + plan.products.count + plan.people.count >= concurrentFrom
        let findings = (large ? ConcurrentWork.results(of: groups) : groups.map { $0() }).flatMap { $0 }
        return Self.sorted(findings)
    }

    /// The event's own rules: days present, opening hours not inverted, no day twice.
    func validateEvent(_ plan: Plan) -> [Finding] {
        let event = plan.event
        let subject = Subject(.event, id: event.id.rawValue, label: event.name)
        var findings: [Finding] = []
        if event.days.isEmpty {
            findings.append(Finding(.error, .eventWithoutDays, subject: subject, message: .eventWithoutDays))
        }
        for day in event.days where day.hours == nil {
            findings.append(
                Finding(
                    .error, .eventInvertedHours, subject: subject,
                    message: .eventInvertedHours(date: day.date, opens: day.opens, closes: day.closes)))
        }
        for (date, days) in Dictionary(grouping: event.days, by: \.date) where days.count > 1 {
            findings.append(
                Finding(
                    .error, .eventDuplicateDay, subject: subject,
                    message: .eventDuplicateDay(date: date, count: days.count)))
        }
        return findings
    }

    /// Findings for a contact's phone and e-mail.
    func contactFindings(_ contact: Contact, of subject: Subject) -> [Finding] {
        var findings: [Finding] = []
        if let phone = contact.phone, !phone.trimmingWhitespace().isEmpty, PhoneNumber(phone) == nil {
            findings.append(
                Finding(
                    .warning, .malformedPhone, subject: subject,
                    message: .malformedPhone(phone: phone, contact: contact.name)))
        }
        if let email = contact.email, !email.trimmingWhitespace().isEmpty, !EmailAddress.isPlausible(email) {
            findings.append(
                Finding(
                    .warning, .malformedEmail, subject: subject,
                    message: .malformedEmail(email: email, contact: contact.name)))
        }
        return findings
    }

    /// A finding for a province name that did not resolve.
    func provinceFinding(_ province: ProvinceReference, of subject: Subject) -> Finding? {
        guard province.code == nil else { return nil }
        let suggestions = ProvinceDirectory.suggestions(for: province.written, limit: 3).map(\.name)
        return Finding(
            .error, .unknownProvince, subject: subject,
            message: .unknownProvince(written: province.written, suggestions: suggestions))
    }
}
