/// Checks a plan against the domain's rules and returns every finding.
///
/// Validation never throws and never stops at the first problem: it returns all findings, sorted
/// by severity, then rule, then entity. Rules are grouped by area in `PlanValidator+*.swift`.
public struct PlanValidator: Sendable {
    /// Days after the event within which an expiring OCOP certificate is worth a reminder.
    public var renewalReminderDays: Int

    /// Creates a validator.
    public init(renewalReminderDays: Int = 90) {
        self.renewalReminderDays = renewalReminderDays
    }

    /// Every finding in the plan, most serious first.
    public func validate(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        findings += validateEvent(plan)
        findings += validateOrganisations(plan)
        findings += validateProducts(plan)
        findings += validatePeople(plan)
        findings += validateExhibitors(plan)
        if let venue = plan.venue {
            findings += validateVenue(venue)
            findings += validateBoothPlan(plan, venue: venue)
        }
        findings += validateConference(plan)
        findings += validateAttendance(plan)
        return findings.sorted {
            ($0.severity, $0.code, $0.subject.id) < ($1.severity, $1.code, $1.subject.id)
        }
    }

    /// The event's own rules: days present, opening hours not inverted, no day twice.
    func validateEvent(_ plan: Plan) -> [Finding] {
        let event = plan.event
        let subject = Subject(.event, id: event.id.rawValue, label: event.name)
        var findings: [Finding] = []
        if event.days.isEmpty {
            findings.append(
                Finding(
                    .error, .eventWithoutDays, subject: subject,
                    vi: "Sự kiện chưa có ngày tổ chức.", en: "The event has no days."))
        }
        for day in event.days where day.hours == nil {
            findings.append(
                Finding(
                    .error, .eventInvertedHours, subject: subject,
                    vi:
                        "Ngày \(day.date.vietnamese): giờ đóng cửa \(day.closes) không sau giờ mở cửa \(day.opens).",
                    en:
                        "On \(day.date.iso) closing time \(day.closes) is not after opening time \(day.opens)."
                ))
        }
        for (date, days) in Dictionary(grouping: event.days, by: \.date) where days.count > 1 {
            findings.append(
                Finding(
                    .error, .eventDuplicateDay, subject: subject,
                    vi: "Ngày \(date.vietnamese) được khai báo \(days.count) lần.",
                    en: "Day \(date.iso) is listed \(days.count) times."))
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
                    vi:
                        "Số điện thoại «\(phone)» của \(contact.name) không đúng dạng số Việt Nam (10 chữ số).",
                    en: "Phone number '\(phone)' of \(contact.name) is not a Vietnamese number (10 digits)."))
        }
        if let email = contact.email, !email.trimmingWhitespace().isEmpty, !EmailAddress.isPlausible(email) {
            findings.append(
                Finding(
                    .warning, .malformedEmail, subject: subject,
                    vi: "Địa chỉ thư điện tử «\(email)» của \(contact.name) không hợp lệ.",
                    en: "E-mail address '\(email)' of \(contact.name) is not valid."))
        }
        return findings
    }

    /// A finding for a province name that did not resolve.
    func provinceFinding(_ province: ProvinceReference, of subject: Subject) -> Finding? {
        guard province.code == nil else { return nil }
        let suggestions = ProvinceDirectory.suggestions(for: province.written, limit: 3).map(\.name)
        let hintVI = suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: ", "))?"
        let hintEN = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
        return Finding(
            .error, .unknownProvince, subject: subject,
            vi: "Không nhận ra tỉnh/thành phố «\(province.written)».\(hintVI)",
            en: "Unknown province '\(province.written)'.\(hintEN)")
    }
}
