import Planning
import Workflow

/// `/<plan>/dang-ky/<token>/sua`: the correction form of a submission, the registration form
/// pre-filled with what is stored (each product and delegate entry carrying the identifier of the
/// stored one it stands for), with the findings of the last check beside each field; read-only,
/// saying why, once registration has closed or the registration was withdrawn.
struct CorrectionPage: Sendable {
    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// What the form is for.
    let introduction: String
    /// Why the submission can no longer be corrected, when it cannot.
    let readOnly: String?
    /// Whether the form is shown.
    let isEditable: Bool
    /// The link back to the submission's page.
    let back: String
    /// Its text.
    let backLabel: String
    /// The save button's text.
    let saveLabel: String
    /// The form (its parts, findings and banner).
    let form: RegistrationPage

    /// The correction page of the submission whose link carries `token`, with `input` on the form
    /// and the findings of `check`; `refusal` says why it is read-only.
    init(
        _ published: ReadPublishedPlan.Published, paths: PortalPaths, token: String, version: String,
        csrf: String, input: RegistrationFormInput, check: RegistrationCheckResult?, closesAt: LocalDateTime,
        refusal: CorrectSubmission.Verdict?
    ) {
        let language = paths.language
        let m = { (message: RegistrationMessage) in message.text(language) }
        heading = m(.correctionPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .registration,
            otherLanguagePath: "/\(paths.site)/dang-ky/\(token)/sua", version: version)
        introduction = m(.correctionIntroduction)
        readOnly = refusal.flatMap { Self.reason($0, language: language) }
        isEditable = readOnly == nil
        back = paths.submission(token)
        backLabel = m(.backToSubmission)
        saveLabel = m(.saveCorrection)
        let hidden = (0..<input.productSlots).map { "p\($0)" } + (0..<input.delegateSlots).map { "d\($0)" }
        form = RegistrationPage(
            published, paths: paths, version: version, csrf: csrf, input: input, check: check,
            closesAt: closesAt, isOpen: isEditable, action: paths.correction(token),
            hidden: hidden.compactMap { prefix in
                input.values[RegistrationFormInput.storedIDName(prefix)].map {
                    RegistrationPage.Hidden(name: RegistrationFormInput.storedIDName(prefix), value: $0)
                }
            })
    }

    /// Why a submission refused as `verdict` can no longer be corrected; nil for a verdict that
    /// is not a refusal.
    static func reason(_ verdict: CorrectSubmission.Verdict, language: Language) -> String? {
        switch verdict {
        case .closed(let time): RegistrationMessage.correctionClosed(time).text(language)
        case .withdrawn: RegistrationMessage.correctionWithdrawn.text(language)
        default: nil
        }
    }
}
