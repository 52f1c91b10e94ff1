import Planning
import Testing

@Suite("OrganisationKind recognition")
struct OrganisationKindTests {
    @Test("written forms: identifiers, Vietnamese with or without diacritics, abbreviations, English")
    func written() {
        #expect(OrganisationKind(written: "hop-tac-xa") == .cooperative)
        #expect(OrganisationKind(written: "Hợp tác xã") == .cooperative)
        #expect(OrganisationKind(written: "HTX") == .cooperative)
        #expect(OrganisationKind(written: "Liên hiệp HTX") == .cooperativeUnion)
        #expect(OrganisationKind(written: "QTDND") == .peoplesCreditFund)
        #expect(OrganisationKind(written: "ho kinh doanh") == .householdBusiness)
        #expect(OrganisationKind(written: "company") == .enterprise)
        #expect(OrganisationKind(written: "Hợp tác") == nil)
    }

    @Test("kinds inferred from the beginning of a legal name, the longest prefix winning")
    func inferred() {
        #expect(OrganisationKind.inferred(fromName: "Hợp tác xã Nông nghiệp Tân Hòa") == .cooperative)
        #expect(OrganisationKind.inferred(fromName: "Liên hiệp hợp tác xã Chè Thái") == .cooperativeUnion)
        #expect(OrganisationKind.inferred(fromName: "Quỹ TDND Phú Lợi") == .peoplesCreditFund)
        #expect(OrganisationKind.inferred(fromName: "Công ty TNHH Nông sản Xanh") == .enterprise)
        #expect(OrganisationKind.inferred(fromName: "HKD Bánh pía Tư Mai") == .householdBusiness)
        #expect(OrganisationKind.inferred(fromName: "Htxanh Trading") == nil)
        #expect(OrganisationKind.inferred(fromName: "Nhóm sản xuất chè") == nil)
    }
}
