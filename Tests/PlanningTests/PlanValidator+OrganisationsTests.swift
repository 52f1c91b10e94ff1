import Planning
import Testing

@Suite("PlanValidator: organisations")
struct PlanValidatorOrganisationsTests {
    func codes(adding organisation: Organisation) -> [FindingCode] {
        var plan = PlanFixtures.fair()
        plan.organisations.append(organisation)
        return PlanFixtures.codes(plan)
    }

    @Test("the same registration code twice is an error")
    func duplicateCode() {
        #expect(
            codes(adding: PlanFixtures.cooperative("org-2", name: "Hợp tác xã Phú Lợi")).contains(
                .duplicateRegistrationCode))
    }

    @Test("a malformed registration code is an error and keeps the text written")
    func malformedCode() {
        let organisation = PlanFixtures.cooperative("org-2", name: "Hợp tác xã Phú Lợi", code: "12345")
        #expect(organisation.unparsedRegistrationCode == "12345")
        #expect(codes(adding: organisation).contains(.malformedRegistrationCode))
    }

    @Test("a cooperative without a code is a warning; a household business needs none")
    func missingCode() {
        #expect(
            codes(adding: PlanFixtures.cooperative("org-2", name: "Hợp tác xã Phú Lợi", code: nil)).contains(
                .missingRegistrationCode))
        let household = PlanFixtures.cooperative(
            "org-3", name: "Hộ kinh doanh Bảy Tốt", code: nil, kind: .householdBusiness)
        #expect(!codes(adding: household).contains(.missingRegistrationCode))
    }

    @Test("an unknown province is an error with suggestions")
    func unknownProvince() {
        var plan = PlanFixtures.fair()
        plan.organisations.append(
            PlanFixtures.cooperative(
                "org-2", name: "Hợp tác xã Phú Lợi", code: "9992000002", province: "Hà Tây"))
        let finding = PlanValidator().validate(plan).first { $0.code == .unknownProvince }
        #expect(finding?.severity == .error)
        #expect(finding?.message.vietnamese.contains("Hà Tây") == true)
        #expect(finding?.message.english.contains("Hà Tây") == true)
    }

    @Test("fewer members than the law requires")
    func tooFewMembers() {
        #expect(
            codes(
                adding: PlanFixtures.cooperative(
                    "org-2", name: "Hợp tác xã Phú Lợi", code: "9992000002", members: 4)
            ).contains(.tooFewMembers))
        #expect(
            !codes(
                adding: PlanFixtures.cooperative(
                    "org-2", name: "Hợp tác xã Phú Lợi", code: "9992000002", members: 5)
            ).contains(.tooFewMembers))
    }

    @Test("a name that does not match the kind; HTX abbreviation accepted")
    func nameKind() {
        #expect(
            codes(adding: PlanFixtures.cooperative("org-2", name: "Công ty Phú Lợi", code: "9992000002"))
                .contains(.nameDoesNotMatchKind))
        #expect(
            !codes(adding: PlanFixtures.cooperative("org-2", name: "HTX Phú Lợi", code: "9992000002"))
                .contains(.nameDoesNotMatchKind))
    }

    @Test("the same name and province without a shared code")
    func possibleDuplicate() {
        let again = PlanFixtures.cooperative(
            "org-2", name: "HỢP TÁC XÃ NÔNG NGHIỆP TÂN HÒA", code: "9992000002", province: "Sóc Trăng")
        #expect(codes(adding: again).contains(.possibleDuplicateOrganisation))
    }

    @Test(
        "the same name typed without diacritics in the same province, both without a code, is a possible duplicate"
    )
    func possibleDuplicateWithoutCodes() {
        var plan = PlanFixtures.fair()
        plan.organisations = [
            PlanFixtures.cooperative(
                "org-1", name: "Tổ hợp tác Nông nghiệp Tân Hòa Đồng", code: nil, kind: .cooperativeGroup),
            PlanFixtures.cooperative(
                "org-2", name: "To hop tac Nong nghiep Tan Hoa Dong", code: nil, kind: .cooperativeGroup),
        ]
        let found = PlanValidator().validate(plan).filter { $0.code == .possibleDuplicateOrganisation }
        #expect(found.map(\.subject.id) == ["org-2"])
        #expect(found.first?.related.map(\.id) == ["org-1"])
    }

    @Test("credit sector only for people's credit funds")
    func sectorKind() {
        var organisation = PlanFixtures.cooperative("org-2", name: "Hợp tác xã Phú Lợi", code: "9992000002")
        organisation.sector = .credit
        #expect(codes(adding: organisation).contains(.sectorDoesNotMatchKind))
    }

    @Test("a union's member must be registered")
    func unknownMember() {
        var union = PlanFixtures.cooperative(
            "org-2", name: "Liên hiệp HTX Miền Tây", code: "9992000002", kind: .cooperativeUnion)
        union.memberOrganisations = ["org-1", "org-9"]
        #expect(codes(adding: union).contains(.unknownMemberOrganisation))
    }

    @Test("malformed phone and e-mail")
    func contacts() {
        var organisation = PlanFixtures.cooperative("org-2", name: "Hợp tác xã Phú Lợi", code: "9992000002")
        organisation.contacts = [Contact(name: "Lê Văn Nam", phone: "12345", email: "nam@localhost")]
        let found = codes(adding: organisation)
        #expect(found.contains(.malformedPhone))
        #expect(found.contains(.malformedEmail))
    }
}
