import Interchange
import Planning
import Workflow

/// `/<plan>/dang-ky/tep`: the check of an uploaded registration template, its findings by sheet,
/// row and column, and, when nothing stops it, the button that registers it.
struct UploadPage: Sendable {
    /// One finding.
    struct Row: Sendable {
        /// Where: the sheet, the cell and the column's header.
        let place: String
        /// `error`, `warning` or `info` (the style).
        let severity: String
        /// The severity's name.
        let severityName: String
        /// What is wrong and what to do.
        let text: String
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The outcome.
    let banner: String
    /// `error` or `info`.
    let bannerSeverity: String
    /// The column names.
    let columns: [String]
    /// The findings.
    let rows: [Row]
    /// Whether there are findings.
    let hasRows: Bool
    /// Where the confirmation posts, when the file can be registered.
    let confirmAction: String?
    /// The anti-forgery field's name.
    let csrfName: String
    /// The anti-forgery token.
    let csrf: String
    /// The token that finds the checked file again.
    let confirmation: String
    /// The button's text.
    let confirmLabel: String
    /// The link back to the form.
    let back: String
    /// Its text.
    let backLabel: String

    /// The page of a check of `file` that ended with `banner`, listing `problems`; `confirmation`
    /// (nil when the file cannot be registered) finds the checked file again.
    init(
        file: String, banner: RegistrationMessage, severity: String, problems: [SheetProblem],
        confirmation: String?, csrf: String, paths: PortalPaths, version: String
    ) {
        let language = paths.language
        let m = { (message: RegistrationMessage) in message.text(language) }
        heading = m(.uploadFindings(file: file))
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .registration,
            otherLanguagePath: "/\(paths.site)/dang-ky", version: version)
        self.banner = m(banner)
        bannerSeverity = severity
        columns = [m(.findingPlace), m(.findingSeverity), m(.findingText)]
        rows = problems.map { problem in
            var place: [String] = []
            if let sheet = problem.sheet { place.append(sheet) }
            if let cell = problem.cellReference {
                place.append(cell)
            } else if let row = problem.row {
                place.append(InterchangeMessage.rowNumber(row).text(language))
            }
            if let field = problem.field { place.append(field.header(in: language)) }
            return Row(
                place: place.joined(separator: " › "), severity: problem.severity.rawValue,
                severityName: problem.severity.name(language), text: problem.message.text(language))
        }
        hasRows = !rows.isEmpty
        confirmAction = confirmation == nil ? nil : paths.registrationConfirm
        csrfName = CSRFToken.fieldName
        self.csrf = csrf
        self.confirmation = confirmation ?? ""
        confirmLabel = m(.uploadConfirm)
        back = paths.registration
        backLabel = m(.registrationPage)
    }
}
