import Planning
import Scheduler
import Testing

@Suite("BoothInstanceGenerator")
struct BoothInstanceGeneratorTests {
    @Test("scales have the documented sizes")
    func sizes() throws {
        let small = BoothInstanceGenerator.make(scale: .small, seed: 1)
        #expect((28...34).contains(small.plan.venue?.booths.count ?? 0))
        #expect(small.plan.parties.count == 20)
        let regional = BoothInstanceGenerator.make(scale: .regional, seed: 1)
        #expect((140...170).contains(regional.plan.venue?.booths.count ?? 0))
        #expect(regional.plan.parties.count == 120)
        let national = BoothInstanceGenerator.make(scale: .national, seed: 1)
        let venue = try #require(national.plan.venue)
        #expect(venue.booths.count == 600)
        #expect(venue.zones.count == 6)
        #expect(national.plan.parties.count == 1_000)
        let provinces = Set(national.plan.parties.compactMap { national.plan.province(of: $0)?.code })
        #expect(provinces.count == 34)
        let demand = national.plan.boothRequests.reduce(0) { $0 + $1.boothsWanted }
        #expect(demand > venue.lettableBooths.count)
        #expect(PlanValidator().validateVenue(venue).filter { $0.severity == .error }.isEmpty)
    }

    @Test(
        "the hall has rows that touch, facing rows, corners, main-aisle frontage and water in the food zone")
    func realisticVenue() throws {
        let venue = try #require(BoothInstanceGenerator.make(scale: .regional, seed: 4).plan.venue)
        let adjacency = venue.adjacency()
        #expect(adjacency.contains { $0.kind == .sharedWall })
        #expect(adjacency.contains { $0.kind == .facing })
        #expect(venue.booths.contains { $0.kind == .corner })
        #expect(venue.booths.contains { venue.frontsMainAisle($0) })
        let food = venue.booths.filter { $0.zone == "thuc-pham" }
        #expect(!food.isEmpty && food.allSatisfy { $0.services.contains(.water) })
        #expect(venue.booths.contains { $0.blocked })
    }

    @Test("the same seed gives the same instance, another seed another")
    func deterministic() {
        let a = BoothInstanceGenerator.make(scale: .small, seed: 8)
        let b = BoothInstanceGenerator.make(scale: .small, seed: 8)
        let c = BoothInstanceGenerator.make(scale: .small, seed: 9)
        #expect(a == b)
        #expect(a.plan != c.plan)
        #expect(a.plan.parties.allSatisfy { $0.name == VietnameseText.normalized($0.name) })
    }
}

extension BoothInstanceGeneratorTests {
    @Test("a cluster holds the provinces of one region, and an alliance asks for its region's pavilion")
    func clustersByRegion() throws {
        let national = BoothInstanceGenerator.make(scale: .national, seed: 1)
        let problem = try national.problem()
        var regions: [String: Set<PavilionRegion>] = [:]
        for party in problem.parties {
            let region = try #require(problem.region(of: party))
            let north: Set<PavilionRegion> = [.northernMountains, .redRiverDelta]
            regions[try #require(party.cluster), default: []].insert(
                north.contains(region) ? .redRiverDelta : region)
        }
        #expect(regions.count == 3)
        #expect(regions.values.allSatisfy { $0.count == 1 }, "\(regions)")
        let zones = Dictionary(uniqueKeysWithValues: problem.venue.zones.map { ($0.id, $0) })
        for (province, preferred) in national.policy.preferredZonesByProvince {
            let zone = try #require(preferred.first.flatMap { zones[$0] })
            let region = try #require(PavilionRegion.of(ProvinceReference(province)))
            #expect(
                PavilionRegion.served(byZoneNamed: zone.name, tags: zone.tags).contains(region), "\(province)"
            )
        }
    }
}
