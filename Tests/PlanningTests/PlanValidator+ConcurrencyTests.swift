import TestSupport
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

    @Test("repeated keys are grouped by first position; single and missing keys get no group")
    func repeatedGroups() {
        let keys: [String?] = ["a", "b", nil, "a", "c", "b", nil, "a", "d"]
        let groups = PlanValidator.repeatedGroups(keys.indices) { keys[$0] }
        #expect(groups == [[0, 3, 7], [1, 5]])
        // The same groups as grouping every position, on random keys.
        var random = TestRandom(seed: 17)
        let many: [String?] = (0..<2_000).map { _ in
            Int.random(in: 0..<10, using: &random) == 0 ? nil : "k\(Int.random(in: 0..<900, using: &random))"
        }
        let grouped = Dictionary(grouping: many.indices.filter { many[$0] != nil }) { many[$0]! }
        #expect(
            PlanValidator.repeatedGroups(many.indices) { many[$0] }
                == grouped.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] })
    }
}
