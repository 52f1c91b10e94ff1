import Planning
import Testing

/// A check that read part of a plan stays true while registrations added meanwhile name nothing
/// it looked at (issue 16: registrations checked in parallel, written one at a time).
@Suite("PlanFocus: which added entities may change a check that read only its focus")
struct PlanFocusChangesTests {
    typealias F = PlanFixtures

    /// The focus of a check of a new cooperative «Tân Hòa» with code 9992000001 in Cần Thơ, whose
    /// product named «Gạo thơm» and whose delegate has a phone.
    static func focus() -> PlanFocus {
        let validator = PlanValidator()
        var focus = validator.focus(registering: F.cooperative("tc-htx-tan-hoa"))
        focus.formUnion(validator.focus(registering: F.product("sp-gao-thom", owner: "tc-htx-tan-hoa")))
        let delegate = Person(
            id: "db-lo-van-tai", name: PersonName(fullName: "Lò Văn Tải"), organisation: "tc-htx-tan-hoa",
            phone: "0912 000 111")
        focus.formUnion(validator.focus(registering: delegate))
        focus.personNames = [NameKey.exact("Lò Văn Tải")]
        focus.organisationReferences = ["Hợp tác xã Chè Suối Giàng"]
        focus.identifierStems = [.organisation: ["tc-htx-tan-hoa"], .person: ["db-lo-van-tai"]]
        return focus
    }

    /// Whether adding the entities may change the check.
    static func changes(
        _ organisations: [Organisation] = [], people: [Person] = [], parties: [ExhibitingParty] = []
    ) -> Bool {
        focus().mayBeChanged(
            byAdding: organisations, products: [], people: people, parties: parties, requests: [])
    }

    @Test("an unrelated cooperative, person or party leaves the check standing")
    func unrelated() {
        #expect(!Self.changes([F.cooperative("tc-htx-binh-minh", name: "HTX Bình Minh", code: "9992000002")]))
        #expect(
            !Self.changes(people: [
                Person(id: "db-vang-thi-my", name: PersonName(fullName: "Vàng Thị Mỷ"), phone: "0977 000 222")
            ]))
        #expect(
            !Self.changes(parties: [
                ExhibitingParty(
                    id: "dv-binh-minh", name: "HTX Bình Minh", kind: .organisation("tc-htx-binh-minh"))
            ]))
    }

    @Test("the same code, name in the province, identifier stem or a named organisation changes it")
    func organisations() {
        #expect(Self.changes([F.cooperative("tc-khac", name: "HTX Khác", code: "9992000001")]))
        #expect(Self.changes([F.cooperative("tc-khac", code: nil)]))
        #expect(
            Self.changes([F.cooperative("tc-htx-tan-hoa-2", name: "HTX Tân Hòa Mới", code: "9992000003")]))
        #expect(
            Self.changes([
                F.cooperative("tc-suoi-giang", name: "Hợp tác xã Chè Suối Giàng", code: "9992000004")
            ]))
    }

    @Test("a person with the name, or a phone the delegate has, changes it; so does an alliance's party")
    func peopleAndParties() {
        #expect(
            Self.changes(people: [
                Person(id: "db-khac", name: PersonName(fullName: "Lò Văn Tải"), unit: "Bản Lầu")
            ]))
        #expect(
            Self.changes(people: [
                Person(id: "db-khac", name: PersonName(fullName: "Lò Văn Tải"), phone: "0912000111")
            ]))
        #expect(
            Self.changes(parties: [
                ExhibitingParty(
                    id: "lm-can-tho", name: "Liên minh HTX thành phố Cần Thơ",
                    kind: .provincialAlliance(ProvinceReference("Cần Thơ")))
            ]))
        #expect(
            Self.changes(parties: [
                ExhibitingParty(id: "dv-tan-hoa", name: "HTX Tân Hòa", kind: .organisation("tc-htx-tan-hoa"))
            ]))
    }
}
