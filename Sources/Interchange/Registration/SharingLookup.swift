import Planning

/// On the portal's public forms (``RegistrationImporter/publicSubmission``), the organisations a
/// booth request may name in «Dùng chung với»: the submission's own, and those the organisers have
/// already put in its booths (``RegistrationImporter/confirmedSharing``, for a correction through
/// the private link), found by identifier, registration code (a lost leading zero restored), full
/// or short name, as ``OrganisationLookup`` finds them, but among these only. No other organisation
/// of the plan is looked at, so what a public page answers about a name says nothing about other
/// registrations (whether one answers to it, whose it is, which booths it shares).
struct SharingLookup: Sendable {
    /// The submission's own organisations (its Tổ chức rows).
    let own: Set<Identifier<Organisation>>
    /// The index over the organisations that may be named.
    private let index: NameIndex<Organisation>

    /// The organisations of the submission's rows (`own`) and those already sharing its booths
    /// (`confirmed`).
    init(own: [Organisation], confirmed: [Organisation]) {
        self.own = Set(own.map(\.id))
        index = NameIndex(
            own + confirmed, identifier: \.id.rawValue,
            names: { [$0.name, $0.shortName].compactMap { $0 } },
            codes: { $0.registrationCode.map { [$0] } ?? [] })
    }

    /// The organisation `written` names among those that may be named.
    func resolve(_ written: String) -> NameMatch<Organisation> {
        index.resolve(written)
    }
}
