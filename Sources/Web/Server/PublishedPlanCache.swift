import Hummingbird
import Planning
import Store
import Workflow

/// The published view of one plan file and the pages made from it, read and rendered again only
/// when the file has changed since (``PlanFileMark``): while nothing changes, a page costs two
/// `stat` calls and a look-up.
actor PublishedPlanCache {
    /// The most pages kept; past it the cache starts again (addresses differ only by their query,
    /// which a client chooses, so the count is bounded, not the addresses).
    static let pageLimit = 512

    /// The plan file.
    let path: String
    /// The open store, read-only.
    let store: PlanStore
    /// The last view read and the file's mark when it was read.
    private var cached: (mark: PlanFileMark, published: ReadPublishedPlan.Published)?
    /// The pages rendered from the cached view, by address.
    private var pages: [String: RenderedPage] = [:]

    /// Opens the plan file at `path` for reading.
    init(path: String) throws {
        self.path = path
        store = try PlanStore.open(at: path, for: .reading)
    }

    /// The published view as it is now.
    func current() throws -> ReadPublishedPlan.Published {
        let before = PlanFileMark(path: path)
        if let cached, cached.mark == before { return cached.published }
        let published = try ReadPublishedPlan(store: store).run()
        // A change made while reading is picked up by the next request: the mark taken before
        // the read is older than the change.
        cached = (before, published)
        pages = [:]
        return published
    }

    /// The page at `address` from the current view: kept from an earlier request while the file
    /// is unchanged, else made by `render` (and kept when it succeeded).
    func page(
        _ address: String, render: @Sendable (ReadPublishedPlan.Published) throws -> RenderedPage
    ) throws -> RenderedPage {
        let published = try current()
        if let page = pages[address] { return page }
        let page = try render(published)
        guard page.status == .ok else { return page }
        if pages.count >= Self.pageLimit { pages = [:] }
        pages[address] = page
        return page
    }
}
