extension PlanValidator {
    /// Exhibitor rules: requests refer to known parties, organisations and products; alliances
    /// share within their province; no organisation with two parties; fresh food gets cold chain;
    /// demand within the venue.
    func validateExhibitors(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let organisations = Dictionary(plan.organisations.map { ($0.id, $0) }) { first, _ in first }
        let products = Dictionary(plan.products.map { ($0.id, $0) }) { first, _ in first }
        let parties = Dictionary(plan.parties.map { ($0.id, $0) }) { first, _ in first }
        let requestedParties = Set(plan.boothRequests.map(\.party))
        for party in plan.parties {
            if case .organisation(let id) = party.kind, organisations[id] == nil {
                findings.append(
                    Finding(
                        .error, .unknownPartyOrganisation, subject: .party(party),
                        vi: "Tổ chức «\(id)» của đơn vị tham gia chưa được đăng ký.",
                        en: "The party's organisation '\(id)' is not registered."))
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
                        vi: "Đơn vị chưa đăng ký gian hàng.", en: "The party has not requested booths."))
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
                        vi: "Đơn vị «\(request.party)» chưa được đăng ký.",
                        en: "Party '\(request.party)' is not registered."))
            }
            if request.boothsWanted < 1 {
                findings.append(
                    Finding(
                        .error, .invalidBoothCount, subject: subject,
                        vi: "Số gian hàng đăng ký phải từ 1 trở lên (đang là \(request.boothsWanted)).",
                        en: "Booths wanted must be at least 1 (is \(request.boothsWanted))."))
            }
            var sharing = Set(request.sharingOrganisations)
            if let party, case .organisation(let id) = party.kind { sharing.insert(id) }
            for id in sharing.sorted() {
                partiesOfOrganisation[id, default: []].append(request.party)
                guard let organisation = organisations[id] else {
                    findings.append(
                        Finding(
                            .error, .unknownSharingOrganisation, subject: subject,
                            vi: "Tổ chức «\(id)» cùng gian hàng chưa được đăng ký.",
                            en: "Sharing organisation '\(id)' is not registered."))
                    continue
                }
                if let province = party?.allianceProvince?.code, let own = organisation.province.code,
                    own != province
                {
                    findings.append(
                        Finding(
                            .warning, .sharingOutsideProvince, subject: subject,
                            related: [.organisation(organisation)],
                            vi:
                                "«\(organisation.name)» thuộc \(organisation.province), không cùng tỉnh với gian hàng tỉnh.",
                            en:
                                "'\(organisation.name)' is from another province than the provincial pavilion."
                        ))
                }
            }
            var needsColdChain = false
            for id in request.products {
                guard let product = products[id] else {
                    findings.append(
                        Finding(
                            .error, .unknownRequestProduct, subject: subject,
                            vi: "Sản phẩm «\(id)» chưa được đăng ký.",
                            en: "Product '\(id)' is not registered."))
                    continue
                }
                needsColdChain = needsColdChain || product.needsColdChain
                if !sharing.contains(product.owner) {
                    findings.append(
                        Finding(
                            .warning, .productOwnerNotSharing, subject: subject, related: [.product(product)],
                            vi:
                                "Chủ thể của sản phẩm «\(product.name)» không có trong danh sách cùng gian hàng.",
                            en: "The owner of '\(product.name)' does not share this booth."))
                }
            }
            if needsColdChain && request.servicesNeeded.isDisjoint(with: [.water, .coldStorage]) {
                findings.append(
                    Finding(
                        .warning, .coldChainNotRequested, subject: subject,
                        vi: "Có sản phẩm tươi sống nhưng chưa đăng ký nước hoặc kho lạnh.",
                        en: "Fresh food is shown but neither water nor cold storage is requested."))
            }
        }
        for (id, partyIDs) in partiesOfOrganisation where Set(partyIDs).count > 1 {
            let subject =
                organisations[id].map(Subject.organisation)
                ?? Subject(.organisation, id: id.rawValue, label: id.rawValue)
            let names = Set(partyIDs).sorted().map { parties[$0]?.name ?? $0.rawValue }
            findings.append(
                Finding(
                    .warning, .organisationInTwoParties, subject: subject,
                    vi: "Đăng ký tham gia với nhiều đơn vị: \(names.joined(separator: "; ")).",
                    en: "Registered with several parties: \(names.joined(separator: "; "))."))
        }
        if let venue = plan.venue {
            let demand = plan.boothRequests.reduce(0) { $0 + max(0, $1.boothsWanted) }
            let supply = venue.lettableBooths.count
            if demand > supply {
                findings.append(
                    Finding(
                        .warning, .demandExceedsVenue,
                        subject: Subject(.event, id: plan.event.id.rawValue, label: plan.event.name),
                        vi:
                            "Đăng ký \(demand) gian hàng, địa điểm chỉ có \(supply) gian: \(demand - supply) gian sẽ vào danh sách chờ.",
                        en: "\(demand) booths requested, the venue lets \(supply)."))
            }
        }
        return findings
    }
}
