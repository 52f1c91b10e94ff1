import Planning

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

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
