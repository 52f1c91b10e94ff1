import Planning
import Testing

@Suite("EmulationCluster")
struct EmulationClusterTests {
    @Test("The four clusters of emulation_clusters_partial.csv")
    func clusters() throws {
        #expect(EmulationCluster.known.count == 4)
        #expect(EmulationCluster.known.map(\.members.count) == [5, 7, 6, 8])
        let highlands = try #require(EmulationCluster.known.first)
        #expect(highlands.name == "Cụm thi đua Tây Nguyên (5 tỉnh)")
        #expect(highlands.era == "pre-2025 (63 tỉnh)")
        #expect(highlands.scheme == .pre2025)
        #expect(highlands.declaredSize == 5)
        #expect(highlands.provinces == ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"])
        #expect(highlands.isComplete)
    }

    @Test("Member status is kept: two inferred members of the six-province cluster")
    func statuses() throws {
        let southwest = try #require(EmulationCluster.known.first { $0.name.contains("sông Hậu") })
        #expect(southwest.declaredSize == 6)
        #expect(
            southwest.members.filter { $0.status == .inferred }.map(\.written) == ["Cần Thơ", "Sóc Trăng"])
        #expect(southwest.members.filter { $0.status == .inferred }.allSatisfy { $0.sources.isEmpty })
        #expect(!southwest.isComplete)
        let southeast = try #require(EmulationCluster.known.first { $0.name.contains("Đông Nam Bộ") })
        #expect(southeast.declaredSize == nil)
        #expect(southeast.attestedYear == 2024)
        #expect(southeast.members.allSatisfy { $0.status == .confirmed })
    }

    @Test("Every member resolves to a 2025 unit, keeping the old name")
    func resolution() throws {
        for cluster in EmulationCluster.known {
            for member in cluster.members {
                let match = try #require(member.resolved, "\(member.written)")
                #expect(match.written == member.written)
            }
        }
        let southeast = try #require(EmulationCluster.known.first { $0.name.contains("Đông Nam Bộ") })
        let units = Set(southeast.members.compactMap { $0.resolved?.province.name })
        #expect(units == ["Hồ Chí Minh", "Tây Ninh", "Đồng Nai", "Lâm Đồng"])
        let bariaVungTau = try #require(southeast.members.first { $0.written == "Bà Rịa - Vũng Tàu" })
        #expect(bariaVungTau.resolved?.former?.code == .pre2025("77"))
    }

    @Test("The 2025 northern mountain cluster and its leader")
    func northernCluster() throws {
        let north = try #require(EmulationCluster.known.last)
        #expect(north.scheme == .y2025)
        #expect(north.declaredSize == 8)
        #expect(north.isComplete)
        #expect(north.leaders.map(\.year) == [2025])
        #expect(north.leaders.map(\.written) == ["Lai Châu"])
        #expect(north.members.allSatisfy { $0.resolved?.former == nil })
    }
}
