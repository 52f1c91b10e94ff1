import Planning

extension RegistrationCheck {
    /// The organisations a public submission's booth request may name (``SharingLookup``): its own
    /// rows' and the ones ``confirmedSharing`` holds; nil off the portal's public forms.
    func sharingLookup(organisations: [ParsedRow<Organisation>]) -> SharingLookup? {
        guard publicSubmission else { return nil }
        let confirmed =
            confirmedSharing.isEmpty ? [] : plan.organisations.filter { confirmedSharing.contains($0.id) }
        return SharingLookup(own: Self.submissionsOwn(organisations), confirmed: confirmed)
    }

    /// The organisation `written` names in «Dùng chung với» on a public form, among those
    /// `lookup` holds. Any other name, another organisation's or none at all, is an error beside
    /// the cell that says neither which nor whose
    /// (``InterchangeMessage/sharingNotConfirmed(written:)``): sharing booths with another
    /// organisation is the organisers' to confirm with it, so naming its public registration code
    /// cannot put it, and its products, in one's booths.
    func sharer(_ written: String, in lookup: SharingLookup, row: inout RegistrationRow)
        -> Identifier<Organisation>?
    {
        let typed = Self.writtenCode(written)?.description ?? written
        switch lookup.resolve(typed) {
        case .found(let organisation):
            return organisation.id
        case .ambiguous(let candidates):
            row.report(
                .error, .sharedWith,
                .organisationAmbiguous(written: written, candidates: candidates.map(Self.label)))
        case .notFound:
            row.report(.error, .sharedWith, .sharingNotConfirmed(written: written))
        }
        return nil
    }
}
