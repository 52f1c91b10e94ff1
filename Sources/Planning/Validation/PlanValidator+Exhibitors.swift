extension PlanValidator {
    /// Exhibitor rules: requests refer to known parties, organisations and products; alliances
    /// share within their province; no organisation with two parties; fresh food gets cold chain;
    /// demand within the venue. ``validate(_:)`` passes the plan without its withdrawn
    /// registrations, so they neither raise findings nor count in the demand.
    func validateExhibitors(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        // Positions, not copies: at national scale a dictionary of whole entities held tens of
        // megabytes beside the plan it copied.
        let organisationAt = Dictionary(plan.organisations.indices.map { (plan.organisations[$0].id, $0) }) {
            first, _ in first
        }
        let productAt = Dictionary(plan.products.indices.map { (plan.products[$0].id, $0) }) { first, _ in
            first
        }
        func organisation(_ id: Identifier<Organisation>) -> Organisation? {
            organisationAt[id].map { plan.organisations[$0] }
        }
        let parties = Dictionary(plan.parties.map { ($0.id, $0) }) { first, _ in first }
        let requestedParties = Set(plan.boothRequests.map(\.party))
        for party in plan.parties {
            if case .organisation(let id) = party.kind, organisationAt[id] == nil {
                findings.append(
                    Finding(
                        .error, .unknownPartyOrganisation, subject: .party(party),
                        message: .unknownPartyOrganisation(organisation: id.rawValue)))
            }
            if case .provincialAlliance(let province) = party.kind,
                let finding = provinceFinding(province, of: .party(party))
            {
                findings.append(finding)
            }
            if !requestedParties.contains(party.id) {
                findings.append(
                    Finding(
                        .info, .partyWithoutRequest, subject: .party(party),
                        message: .partyWithoutRequest))
            }
        }
        var partiesOfOrganisation: [Identifier<Organisation>: [Identifier<ExhibitingParty>]] = [:]
        for request in plan.boothRequests {
            let party = parties[request.party]
            let subject =
                party.map(Subject.party)
                ?? Subject(.boothRequest, id: request.id.rawValue, label: request.id.rawValue)
            if party == nil {
                findings.append(
                    Finding(
                        .error, .unknownRequestParty, subject: subject,
                        message: .unknownRequestParty(party: request.party.rawValue)))
            }
            if request.boothsWanted < 1 {
                findings.append(
                    Finding(
                        .error, .invalidBoothCount, subject: subject,
                        message: .invalidBoothCount(wanted: request.boothsWanted)))
            }
            var sharing = Set(request.sharingOrganisations)
            if let party, case .organisation(let id) = party.kind { sharing.insert(id) }
            for id in sharing.sorted() {
                partiesOfOrganisation[id, default: []].append(request.party)
                guard let organisation = organisation(id) else {
                    findings.append(
                        Finding(
                            .error, .unknownSharingOrganisation, subject: subject,
                            message: .unknownSharingOrganisation(organisation: id.rawValue)))
                    continue
                }
                if let province = party?.allianceProvince?.code, let own = organisation.province.code,
                    own != province
                {
                    findings.append(
                        Finding(
                            .warning, .sharingOutsideProvince, subject: subject,
                            related: [.organisation(organisation)],
                            message: .sharingOutsideProvince(
                                organisation: organisation.name, province: organisation.province)
                        ))
                }
            }
            var needsColdChain = false
            for id in request.products {
                guard let product = productAt[id].map({ plan.products[$0] }) else {
                    findings.append(
                        Finding(
                            .error, .unknownRequestProduct, subject: subject,
                            message: .unknownRequestProduct(product: id.rawValue)))
                    continue
                }
                needsColdChain = needsColdChain || product.needsColdChain
                if !sharing.contains(product.owner) {
                    findings.append(
                        Finding(
                            .warning, .productOwnerNotSharing, subject: subject, related: [.product(product)],
                            message: .productOwnerNotSharing(product: product.name)))
                }
            }
            if needsColdChain && request.servicesNeeded.isDisjoint(with: [.water, .coldStorage]) {
                findings.append(
                    Finding(
                        .warning, .coldChainNotRequested, subject: subject,
                        message: .coldChainNotRequested))
            }
        }
        for (id, partyIDs) in partiesOfOrganisation where Set(partyIDs).count > 1 {
            let subject =
                organisation(id).map(Subject.organisation)
                ?? Subject(.organisation, id: id.rawValue, label: id.rawValue)
            let names = Set(partyIDs).sorted().map { parties[$0]?.name ?? $0.rawValue }
            findings.append(
                Finding(
                    .warning, .organisationInTwoParties, subject: subject,
                    message: .organisationInTwoParties(parties: names)))
        }
        if let venue = plan.venue {
            let demand = plan.boothRequests.reduce(0) { $0 + max(0, $1.boothsWanted) }
            let supply = venue.lettableBooths.count
            if demand > supply {
                findings.append(
                    Finding(
                        .warning, .demandExceedsVenue,
                        subject: Subject(.event, id: plan.event.id.rawValue, label: plan.event.name),
                        message: .demandExceedsVenue(demand: demand, supply: supply)))
            }
        }
        return findings
    }
}
