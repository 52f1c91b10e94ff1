import Planning

/// The page of a request the portal cannot answer: not found, a bad request or a plan it cannot
/// read; it says what happened in the reader's language and links home (and, when there is
/// something to do, to where to do it: signing in again after a session ended).
struct ErrorPage: Sendable {
    /// A link the page offers before the link home.
    struct Link: Sendable {
        /// Where it goes.
        let href: String
        /// Its text, in the page's language.
        let text: String
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The explanation.
    let explanation: String
    /// What to do next, when there is something.
    let link: Link?

    /// The page with `heading` and `explanation` in `language`, offering `link` when given.
    init(
        heading: PortalMessage, explanation: PortalMessage, language: Language, path: String,
        link: Link? = nil, version: String
    ) {
        self.heading = heading.text(language)
        self.explanation = explanation.text(language)
        self.link = link
        frame = PageFrame(
            title: self.heading, language: language, site: nil, section: nil, otherLanguagePath: path,
            version: version)
    }
}
