import Planning
import Workflow

/// `/<plan>/diem-cau`: the connection points (Vietnamese order) with their role, province and
/// how many delegates attend there.
struct PointsPage: Sendable {
    /// One connection point.
    struct Row: Sendable {
        /// Its page.
        let href: String
        /// Its name.
        let name: String
        /// Host or remote point.
        let role: String
        /// Its province.
        let province: String
        /// Delegates attending there.
        let delegates: Int
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// The column names.
    let columns: [String]
    /// The points.
    let rows: [Row]

    /// The points of `published` in `paths.language`.
    init(_ published: ReadPublishedPlan.Published, paths: PortalPaths, version: String) {
        let language = paths.language
        let m = { (message: PortalMessage) in message.text(language) }
        let plan = published.plan
        heading = m(.pointsPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .points,
            otherLanguagePath: "/\(paths.site)/diem-cau", version: version)
        columns = [m(.pointsPage), m(.pointRole), m(.province), m(.delegates)]
        let counts = PointPage.delegateCounts(plan)
        rows = plan.connectionPoints.sorted { VietnameseCollation.areInIncreasingOrder($0.name, $1.name) }.map
        {
            Row(
                href: paths.point($0.id.rawValue), name: $0.name, role: $0.role.name(language),
                province: $0.province.text(language), delegates: counts[$0.id] ?? 0)
        }
    }
}
