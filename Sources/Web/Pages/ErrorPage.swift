import Planning

/// The page of a request the portal cannot answer: not found, a bad request or a plan it cannot
/// read; it says what happened in the reader's language and links home.
struct ErrorPage: Sendable {
    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The explanation.
    let explanation: String

    /// The page with `heading` and `explanation` in `language`.
    init(
        heading: PortalMessage, explanation: PortalMessage, language: Language, path: String, version: String
    ) {
        self.heading = heading.text(language)
        self.explanation = explanation.text(language)
        frame = PageFrame(
            title: self.heading, language: language, site: nil, section: nil, otherLanguagePath: path,
            version: version)
    }
}
