import Planning

extension RegistrationCheck {
    /// With ``publicSubmission`` (the portal's public forms and uploads, where anyone may type any
    /// registration code): a product whose owner, or a delegate whose organisation, is not one of
    /// the submission's own Tổ chức rows is an error beside the cell
    /// (``InterchangeMessage/outsideSubmission(_:)``), naming no one, so a submission cannot add
    /// products or delegates to another cooperative's registration. `fairplan import` lets
    /// organisers attach rows to any organisation of the plan.
    mutating func reportForeignRows(
        organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>]
    ) {
        let own = Set(Self.submissionsOwn(organisations).map(\.id))
        for entry in products where !entry.entity.owner.rawValue.isEmpty && !own.contains(entry.entity.owner)
        {
            rows[.products]![entry.row].report(.error, .productOwner, .outsideSubmission(.productOwner))
        }
        for entry in people {
            guard let organisation = entry.entity.person.organisation, !own.contains(organisation) else {
                continue
            }
            rows[.delegates]![entry.row].report(
                .error, .delegateOrganisation, .outsideSubmission(.delegateOrganisation))
        }
    }

    /// A public submission's own organisations: its Tổ chức rows that are new to the plan. A row
    /// standing for an organisation the plan holds (its name, code and province are public) makes
    /// it no one's own, so copying another cooperative's row cannot attach products, delegates or
    /// booths to it. A submission whose every row is in the plan (a cooperative registering again)
    /// keeps them, and is then told it is registered already, nothing written.
    static func submissionsOwn(_ organisations: [ParsedRow<Organisation>]) -> [Organisation] {
        let new = organisations.filter { $0.standing == .new }
        return (new.isEmpty ? organisations : new).map(\.entity)
    }
}
