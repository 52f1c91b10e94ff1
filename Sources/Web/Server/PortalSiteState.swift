import Planning
import Workflow

/// A plan the portal serves: its slug, its file, the cache of its published view and, when it
/// takes registrations, its registration desk.
struct PortalSiteState: Sendable {
    /// The path segment.
    let slug: String
    /// The plan file.
    let path: String
    /// Its published view.
    let cache: PublishedPlanCache
    /// Where its registrations arrive; nil when the portal takes none.
    let desk: RegistrationDesk?

    /// The published view now.
    func published() async throws -> ReadPublishedPlan.Published {
        try await cache.current()
    }
}
