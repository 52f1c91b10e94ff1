import Planning
import Workflow

/// `/<plan>/gian-hang/<party>`: one exhibitor: its province, its booths (each linking back to
/// the booth index), the organisations exhibiting with it and the products shown.
struct ExhibitorPage: Sendable {
    /// A booth with its link back to the index.
    struct Booth: Sendable {
        /// The booth's code.
        let code: String
        /// The booth in the index.
        let href: String
    }

    /// The frame.
    let frame: PageFrame
    /// The exhibitor's name.
    let heading: String
    /// Labels.
    let provinceLabel: String
    /// The exhibitor's province.
    let province: String
    /// The booths' label.
    let boothsLabel: String
    /// Its booths in the published plan.
    let booths: [Booth]
    /// Whether it holds booths.
    let hasBooths: Bool
    /// The organisations' label.
    let organisationsLabel: String
    /// The organisations exhibiting.
    let organisations: [String]
    /// The products' label.
    let productsLabel: String
    /// The products shown.
    let products: [String]
    /// The floor plan with its booths marked.
    let floorPlanHref: String
    /// The floor plan's text alternative.
    let floorPlanDescription: String
    /// The back link.
    let backHref: String
    /// The back link's text.
    let backLabel: String

    /// The page of `party` in `published`.
    init(
        _ party: ExhibitingParty, in published: ReadPublishedPlan.Published, paths: PortalPaths,
        version: String
    ) {
        let language = paths.language
        let m = { (message: PortalMessage) in message.text(language) }
        let plan = published.plan
        heading = party.name
        frame = PageFrame(
            title: party.name, language: language, site: paths, section: .exhibitors,
            otherLanguagePath: "/\(paths.site)/gian-hang/\(PortalPaths.encode(party.id.rawValue))",
            version: version)
        provinceLabel = m(.province)
        province = ExhibitorsPage.province(of: party, in: plan, language: language)
        boothsLabel = m(.booths)
        booths = plan.boothAssignments.filter { $0.party == party.id }.map(\.booth)
            .sorted(by: ExhibitorsPage.boothOrder)
            .map { Booth(code: $0, href: paths.exhibitors + "#" + PortalPaths.boothAnchor($0)) }
        hasBooths = !booths.isEmpty
        let request = plan.boothRequests.first { $0.party == party.id }
        let organisationNames = Dictionary(plan.organisations.map { ($0.id, $0.name) }) { first, _ in first }
        var sharing = request?.sharingOrganisations ?? []
        if case .organisation(let id) = party.kind, !sharing.contains(id) { sharing.insert(id, at: 0) }
        organisationsLabel = m(.organisations)
        organisations = sharing.compactMap { organisationNames[$0] }
        productsLabel = m(.productsShown)
        let productNames = Dictionary(plan.products.map { ($0.id, $0.name) }) { first, _ in first }
        let shown = (request?.products ?? []).compactMap { productNames[$0] }
        products =
            shown.isEmpty ? [m(.allProducts)] : shown.sorted(by: VietnameseCollation.areInIncreasingOrder)
        floorPlanHref = paths.exhibitorFloorPlan(party.id.rawValue)
        floorPlanDescription = m(.exhibitorFloorPlan(party.name, booths: booths.map(\.code)))
        backHref = paths.exhibitors
        backLabel = m(.backToPlan)
    }
}
