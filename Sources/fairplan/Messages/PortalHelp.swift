import Planning
import Store

/// The command line's wording for the web portal (area: portal): `fairplan serve`.
enum PortalHelp: Hashable, Sendable, Localizable {
    /// `fairplan serve`'s abstract.
    case serveAbstract
    /// `fairplan serve`'s discussion.
    case serveDiscussion
    /// `--plan`: the plan files served.
    case plans
    /// `--host`.
    case host
    /// `--port`.
    case port
    /// `--demo`.
    case demo
    /// `--demo-folder`.
    case demoFolder
    /// `--dry-run`.
    case dryRun
    /// `--registration-closes`.
    case registrationCloses
    /// `--form-limit`.
    case formLimit
    /// `--no-registration`.
    case noRegistration
    /// `fairplan user`'s abstract.
    case userAbstract
    /// `fairplan user`'s discussion.
    case userDiscussion
    /// `fairplan user add`'s abstract.
    case userAddAbstract
    /// `fairplan user add`'s discussion.
    case userAddDiscussion
    /// `fairplan user list`'s abstract.
    case userListAbstract
    /// `fairplan user remove`'s abstract.
    case userRemoveAbstract
    /// The account's name argument.
    case userName
    /// `--role`.
    case userRole
    /// `user add --password-file`.
    case userPasswordFile
    /// The password prompt.
    case passwordPrompt
    /// The prompt to type the password again.
    case passwordAgain
    /// An account was made.
    case accountAdded(name: String, role: StaffAccount.Role)
    /// An account was removed.
    case accountRemoved(name: String)
    /// One account in the list.
    case accountLine(name: String, role: StaffAccount.Role, createdAt: LocalDateTime)
    /// There are no accounts.
    case noAccounts

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
