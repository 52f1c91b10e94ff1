import Planning
import TestSupport
import Testing

@Suite("PersonListKey: list orders from keys computed once")
struct PersonListKeyTests {
    /// People whose names share parts, differ by tone, case or spelling, with and without dates
    /// of birth and positions.
    static func people(count: Int, seed: UInt64) -> [Person] {
        var random = TestRandom(seed: seed)
        let families = ["Nguyễn", "Trần", "Lê", "Lê", "Phạm", "NGUYỄN", "Ngô", "Đỗ", "Dương"]
        let middles = ["Văn", "Thị", "Thị Thu", "", "Hữu", "văn"]
        let givens = [
            "An", "Ân", "Ấn", "an", "Bình", "Hoà", "Hòa", "Ho\u{300}a", "Anh", "Ánh", "Đào", "Dũng",
        ]
        let positions = [
            nil, "Chuyên viên", "Chủ tịch Liên minh HTX tỉnh", "Phó Chủ tịch Liên minh HTX tỉnh",
        ]
        return (0..<count).map { index in
            let name = [families, middles, givens].map { $0.randomElement(using: &random)! }
                .filter { !$0.isEmpty }.joined(separator: " ")
            let born =
                Int.random(in: 0..<4, using: &random) == 0
                ? nil
                : CalendarDate(
                    iso:
                        "19\(Int.random(in: 60...62, using: &random))-01-0\(Int.random(in: 1...3, using: &random))"
                )
            return Person(
                id: Identifier("p-\(Int.random(in: 0..<1_000_000, using: &random))-\(index)"), fullName: name,
                position: positions.randomElement(using: &random)!, dateOfBirth: born)
        }
    }

    @Test(
        "sorting by keys gives the order of alphabeticalOrder and protocolOrder",
        arguments: [1, 2, 3] as [UInt64])
    func sameOrder(seed: UInt64) {
        let people = Self.people(count: 600, seed: seed)
        #expect(
            people.sortedAsPeopleList { $0 }.map(\.id)
                == people.sorted(by: Person.alphabeticalOrder).map(\.id))
        #expect(
            people.sortedAsPeopleList(protocolOrder: true) { $0 }.map(\.id)
                == people.sorted(by: Person.protocolOrder).map(\.id))
    }

    @Test("keys compare as the orders do, pair by pair")
    func pairs() {
        let people = Self.people(count: 120, seed: 9)
        for a in people {
            for b in people {
                #expect((PersonListKey(a) < PersonListKey(b)) == Person.alphabeticalOrder(a, b))
                #expect(
                    (PersonListKey(a, protocolOrder: true) < PersonListKey(b, protocolOrder: true))
                        == Person.protocolOrder(a, b))
            }
        }
    }
}
