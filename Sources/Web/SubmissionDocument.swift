import Interchange

/// A paper a cooperative downloads through its submission's private link: the invitation
/// letters and badges of its delegates, and its exhibitor's letter once its booths are on the
/// published booth plan.
enum SubmissionDocument: String, CaseIterable, Sendable {
    /// The delegates' invitation letters.
    case invitations = "giay-moi"
    /// The delegates' badges.
    case badges = "the-dai-bieu"
    /// The exhibitor's letter.
    case exhibitorLetter = "thu-gian-hang"

    /// The kind of paper written.
    var kind: DocumentKind {
        switch self {
        case .invitations: .invitations
        case .badges: .badges
        case .exhibitorLetter: .exhibitorLetters
        }
    }

    /// Its name in the portal's wording.
    var label: RegistrationMessage {
        switch self {
        case .invitations: .invitationsDocument
        case .badges: .badgesDocument
        case .exhibitorLetter: .exhibitorLetterDocument
        }
    }

    /// The MIME type of a paper in `format`.
    static func mimeType(_ format: DocumentFormat) -> String {
        switch format {
        case .odt: "application/vnd.oasis.opendocument.text"
        case .pdf: "application/pdf"
        }
    }
}
