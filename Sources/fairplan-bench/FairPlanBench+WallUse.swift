import Planning
import Scheduler

extension FairPlanBench {
    /// Where a plan's walls and aisles go, weighted as the neighbour components count them (a wall
    /// 1, an aisle 0.5): inside one party's block, between two parties of one province, of one
    /// cluster and different provinces, of different clusters, beside a free booth, beside a
    /// blocked booth. The neighbour points a plan can gain come only from the second and third.
    static func wallUseTable(
        problem: BoothAllocationProblem, assignments: [BoothAssignment]
    ) -> BenchTable {
        let owner = Dictionary(assignments.map { ($0.booth, $0.party) }) { first, _ in first }
        let parties = Dictionary(problem.parties.map { ($0.id, $0) }) { first, _ in first }
        let blocked = Set(problem.venue.booths.filter(\.blocked).map(\.code))
        let kinds = [
            "inside a block", "same province", "same cluster, other province", "other cluster",
            "beside a free booth", "between free booths", "beside a blocked booth",
        ]
        var weight = [Double](repeating: 0, count: kinds.count)
        for pair in problem.venue.adjacency() {
            let w = BoothAllocationProblem.weight(of: pair.kind)
            let kind: Int
            if blocked.contains(pair.first) || blocked.contains(pair.second) {
                kind = 6
            } else if let x = owner[pair.first], let y = owner[pair.second], let a = parties[x],
                let b = parties[y]
            {
                if x == y {
                    kind = 0
                } else if a.provinceKey != nil && a.provinceKey == b.provinceKey {
                    kind = 1
                } else if a.cluster != nil && a.cluster == b.cluster {
                    kind = 2
                } else {
                    kind = 3
                }
            } else if owner[pair.first] != nil || owner[pair.second] != nil {
                kind = 4
            } else {
                kind = 5
            }
            weight[kind] += w
        }
        var table = BenchTable(headers: ["walls and aisles", "weight"])
        for (kind, value) in zip(kinds, weight) {
            table.rows.append([kind, BenchTable.number(value, decimals: 1)])
        }
        return table
    }
}
