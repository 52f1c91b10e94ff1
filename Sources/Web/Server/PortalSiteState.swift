import Planning
import Workflow

/// A plan the portal serves: its slug, its file and the cache of its published view.
struct PortalSiteState: Sendable {
    /// The path segment.
    let slug: String
    /// The plan file.
    let path: String
    /// Its published view.
    let cache: PublishedPlanCache

    /// The published view now.
    func published() async throws -> ReadPublishedPlan.Published {
        try await cache.current()
    }
}
