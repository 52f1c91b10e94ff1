import Planning
import Store

/// `/<plan>/quan-ly/tai-khoan`: the staff accounts, for admins.
struct AccountsPage: Sendable {
    /// One account.
    struct Row: Sendable {
        /// Its name.
        let name: String
        /// Its role's name.
        let role: String
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The column names.
    let columns: [String]
    /// The accounts.
    let rows: [Row]
    /// The link back to the console.
    let back: String
    /// Its text.
    let backLabel: String

    /// The page of `accounts`.
    init(_ accounts: [StaffAccount], paths: PortalPaths, version: String) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.accountsPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly/tai-khoan", version: version)
        columns = [m(.name), m(.role)]
        rows = accounts.map { Row(name: $0.name, role: m(.roleName($0.role))) }
        back = paths.console
        backLabel = m(.consolePage)
    }
}
