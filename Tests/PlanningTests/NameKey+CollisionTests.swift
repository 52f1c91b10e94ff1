import Foundation
import Planning
import Testing

/// Issue 12: names that differ only in tone marks collided («Hợp tác xã Tân Hòa» was ambiguous
/// with «Tấn Hòa»). The identity key keeps tones; only suggestions fold them.
@Suite("NameKey: distinct names never share an identity key (issue 12)")
struct NameKeyCollisionTests {
    /// Every name the reference data and the sample plans hold: provinces (current and former,
    /// short and full), organisations and their short names, products, people, parties, points,
    /// sessions and rooms.
    static var names: [String] {
        var names: [String] = []
        for province in ProvinceDirectory.all {
            names += [province.name, province.fullName]
            names += province.formerProvinces.map(\.name)
        }
        for plan in [SampleData.nationalFair(), SampleData.hybridBriefing()] {
            names += plan.organisations.map(\.name) + plan.organisations.compactMap(\.shortName)
            names += plan.products.map(\.name)
            names += plan.people.map(\.name.fullName)
            names += plan.parties.map(\.name)
            names += plan.connectionPoints.map(\.name)
            names += plan.sessions.map(\.title)
            names += plan.venue?.rooms.map(\.name) ?? []
        }
        return names
    }

    @Test("over the province and sample names, two names share an exact key only when they are the same name")
    func noCollisions() {
        let names = Set(Self.names.map { $0.precomposedStringWithCanonicalMapping.lowercased() })
        #expect(names.count > 300)
        let byKey = Dictionary(grouping: names, by: NameKey.exact)
        let collisions = byKey.values.filter { $0.count > 1 }
        #expect(collisions.isEmpty, "\(collisions)")
    }

    @Test("tone marks keep names apart; case, tone placement and HTX do not")
    func tonesKept() {
        #expect(NameKey.exact("Hợp tác xã Tân Hòa") != NameKey.exact("Hợp tác xã Tấn Hòa"))
        #expect(NameKey.exact("Hợp tác xã Tân Hòa") == NameKey.exact("HTX TÂN HOÀ"))
        #expect(NameKey.folded("Hợp tác xã Tân Hòa") == NameKey.folded("Hợp tác xã Tấn Hòa"))
    }
}
