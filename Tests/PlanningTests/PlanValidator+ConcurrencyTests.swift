import Testing

@testable import Planning

@Suite("PlanValidator: a large plan's rules on every core, findings as one by one")
struct PlanValidatorConcurrencyTests {
    /// A fair with 2,400 organisations, products and people, among them repeated codes and names,
    /// repeated phones, bad e-mails and unknown organisations.
    static func largePlan() -> Plan {
        var plan = PlanFixtures.fair()
        for index in 0..<1_200 {
            plan.organisations.append(
                PlanFixtures.cooperative(
                    "org-\(index)", name: "Hợp tác xã Nông nghiệp Số \(index % 500)",
                    code: String(5_800_000_000 + index % 700),
                    province: index % 3 == 0 ? "Cần Thơ" : "Tỉnh không có"))
        }
        for index in 0..<1_200 {
            plan.people.append(
                Person(
                    id: Identifier("db-\(index)"), fullName: "Nguyễn Văn An \(index % 400)",
                    organisation: Identifier(index % 5 == 0 ? "khong-co" : "org-\(index)"),
                    phone: "09\(10_000_000 + index % 400)",
                    email: index % 9 == 0 ? "khong-hop-le" : nil))
        }
        return plan
    }

    @Test("concurrent rule groups give the findings, in the order, of running them one by one")
    func sameFindings() {
        let plan = Self.largePlan()
        var serial = PlanValidator()
        serial.concurrentFrom = .max
        let expected = serial.validate(plan)
        #expect(PlanValidator().validate(plan) == expected)
        let codes = Set(expected.map(\.code))
        for code in [
            FindingCode.duplicateRegistrationCode, .possibleDuplicateOrganisation, .duplicatePerson,
            .unknownPersonOrganisation,
        ] {
            #expect(codes.contains(code), "\(code)")
        }
    }
}
