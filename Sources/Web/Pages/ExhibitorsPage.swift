import Planning
import Workflow

/// `/<plan>/gian-hang`: the exhibitor directory of the published booth plan: the floor plan and,
/// for each exhibitor (Vietnamese order), its province and booths; each booth is an anchor the
/// exhibitor's page links back to, and each exhibitor links to its page.
struct ExhibitorsPage: Sendable {
    /// A booth of an exhibitor.
    struct Booth: Sendable {
        /// The booth's code.
        let code: String
        /// Its anchor in this page.
        let anchor: String
    }

    /// One exhibitor.
    struct Row: Sendable {
        /// The exhibitor's page.
        let href: String
        /// Its name.
        let name: String
        /// Its province.
        let province: String
        /// Its booths, in booth order.
        let booths: [Booth]
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// Which published version is shown.
    let note: String
    /// Whether a booth plan is published.
    let isPublished: Bool
    /// The floor plan's heading, address and text alternative (empty when the plan has no venue).
    let floorPlanHeading: String
    /// The floor plan's address.
    let floorPlanHref: String
    /// The floor plan's text alternative.
    let floorPlanDescription: String
    /// Whether a floor plan is drawn.
    let hasFloorPlan: Bool
    /// The index's heading and column names.
    let indexHeading: String
    /// The column names.
    let columns: [String]
    /// The exhibitors.
    let rows: [Row]

    /// The directory of `published` in `paths.language`.
    init(_ published: ReadPublishedPlan.Published, paths: PortalPaths, version: String) {
        let language = paths.language
        let m = { (message: PortalMessage) in message.text(language) }
        let plan = published.plan
        heading = m(.exhibitorsPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: .exhibitors,
            otherLanguagePath: "/\(paths.site)/gian-hang", version: version)
        let publication = PublicationNote(
            .boothPlan, latest: published.versions[.boothPlan], language: language)
        note = publication.text
        isPublished = publication.isPublished
        floorPlanHeading = m(.floorPlan)
        floorPlanHref = paths.floorPlan
        floorPlanDescription = m(.floorPlanDescription(plan.event.name))
        hasFloorPlan = plan.venue != nil && publication.isPublished
        indexHeading = m(.boothIndex)
        columns = [m(.exhibitor), m(.province), m(.booths)]
        let booths = Dictionary(grouping: plan.boothAssignments, by: \.party)
        rows = plan.parties.compactMap { party -> Row? in
            guard let held = booths[party.id], !held.isEmpty else { return nil }
            return Row(
                href: paths.exhibitor(party.id.rawValue), name: party.name,
                province: Self.province(of: party, in: plan, language: language),
                booths: held.map(\.booth).sorted(by: Self.boothOrder).map {
                    Booth(code: $0, anchor: PortalPaths.boothAnchor($0))
                })
        }
        .sorted { VietnameseCollation.areInIncreasingOrder($0.name, $1.name) }
    }

    /// The province a party stands for: its alliance's, or its organisation's.
    static func province(of party: ExhibitingParty, in plan: Plan, language: Language) -> String {
        switch party.kind {
        case .provincialAlliance(let province): province.text(language)
        case .organisation(let id): plan.organisations.first { $0.id == id }?.province.text(language) ?? ""
        }
    }

    /// Booth codes in natural order: `A2` before `A10`.
    static func boothOrder(_ a: String, _ b: String) -> Bool {
        a.compare(naturally: b)
    }
}
