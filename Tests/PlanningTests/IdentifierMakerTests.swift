import Planning
import Testing

@Suite("IdentifierMaker: readable identifiers that never clash")
struct IdentifierMakerTests {
    /// The maker's rule, written plainly: the base, else the smallest free `base-n` from 2.
    struct Reference {
        var taken: Set<String>

        mutating func make(_ base: String) -> String {
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }

    @Test("one name many times numbers on from 2, in order")
    func sameNameNumbersOn() {
        var maker = IdentifierMaker(taken: [])
        let made = (0..<2_000).map { _ in maker.make(prefix: "db", from: "Nguyễn Văn An") }
        #expect(made.first == "db-nguyen-van-an")
        #expect(made[1] == "db-nguyen-van-an-2")
        #expect(made.last == "db-nguyen-van-an-2000")
        #expect(Set(made).count == made.count)
    }

    @Test("numbers the plan already uses are skipped, and the gaps between them filled first")
    func skipsTakenNumbers() {
        var maker = IdentifierMaker(taken: ["tc-htx-tan-hoa", "tc-htx-tan-hoa-2", "tc-htx-tan-hoa-4"])
        let made = (0..<3).map { _ in maker.make(prefix: "tc", from: "HTX Tân Hòa") }
        #expect(made == ["tc-htx-tan-hoa-3", "tc-htx-tan-hoa-5", "tc-htx-tan-hoa-6"])
    }

    @Test(
        "on random names and random identifiers already taken, the same as the plain rule",
        arguments: [1, 2, 3, 4, 5] as [UInt64])
    func sameAsPlainRule(seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            // A 64-bit linear congruential generator: the same draws for a seed on every run.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = [
            "Hợp tác xã Tân Hòa", "HTX Tân Hòa", "Mật ong hoa cà phê", "Lê Thị Mai", "Trần Văn Bình",
        ]
        // Each name's base, as a maker with nothing taken makes it.
        let bases = names.map { name in
            var fresh = IdentifierMaker(taken: [])
            return fresh.make(prefix: "sp", from: name)
        }
        var taken: Set<String> = []
        for _ in 0..<40 {
            let base = bases[next(bases.count)]
            taken.insert(next(3) == 0 ? base : "\(base)-\(2 + next(12))")
        }
        var maker = IdentifierMaker(taken: taken)
        var reference = Reference(taken: taken)
        for _ in 0..<300 {
            let index = next(names.count)
            #expect(maker.make(prefix: "sp", from: names[index]) == reference.make(bases[index]))
        }
    }

    @Test("bases worked out ahead, then numbered in order, give the identifiers made from the names")
    func basesAhead() {
        let names = [
            "Hợp tác xã Tân Hòa", "HTX Tân Hòa", "", "Hợp tác xã Tân Hòa", "Lê Thị Mai", "Hợp tác xã Tân Hòa",
        ]
        var byName = IdentifierMaker(taken: ["tc-htx-tan-hoa", "tc-htx-tan-hoa-2"])
        var byBase = byName
        let bases = names.map { IdentifierMaker.base(.organisation, from: $0) }
        for (name, base) in zip(names, bases) {
            #expect(byBase.make(base: base, of: .organisation) == byName.make(.organisation, from: name))
        }
        #expect(byBase.bases(of: .organisation) == byName.bases(of: .organisation))
        #expect(
            IdentifierMaker.base(organisationNamed: "Hợp tác xã Tân Hòa", shortName: "HTX Tân Hòa")
                == "tc-htx-tan-hoa")
        #expect(
            IdentifierMaker.base(organisationNamed: "Hợp tác xã Tân Hòa", shortName: nil)
                == "tc-hop-tac-xa-tan-hoa")
    }
}
