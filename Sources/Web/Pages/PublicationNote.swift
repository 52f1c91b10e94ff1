import Planning
import Store

/// The line under a page's heading that says which published version it shows, or that nothing
/// is published yet.
struct PublicationNote: Sendable {
    /// The text.
    let text: String
    /// Whether something is published (the page has content to show).
    let isPublished: Bool

    /// The note for `kind` given its latest published version, if any.
    init(_ kind: PublicationKind, latest: PublishedVersion?, language: Language) {
        if let latest {
            text = PortalMessage.publishedVersion(kind, number: latest.number, at: latest.publishedAt).text(
                language)
            isPublished = true
        } else {
            text = PortalMessage.notPublished(kind).text(language)
            isPublished = false
        }
    }
}
