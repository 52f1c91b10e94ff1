import Foundation
import Planning
import TestSupport

/// Random plans of the sample hybrid briefing with a crowd of delegates, for the tests comparing a
/// command on a connection point or a session that reads part of the plan with the whole plan.
enum BriefingRegistry {
    /// The identifier of the satellite whose hall holds exactly its attendees.
    static let fullPoint = Identifier<ConnectionPoint>("dc-can-tho")

    /// The briefing with 80 more delegates attending from random points or on site: a quarter
    /// named «Nguyễn Văn An», a quarter with a name of their own, a quarter with a name of the
    /// briefing's people in capitals, a quarter with a name of their own in decomposed form.
    /// ``fullPoint``'s hall holds exactly the people attending from it.
    static func plan(seed: UInt64) -> Plan {
        var plan = SampleData.hybridBriefing()
        var random = TestRandom(seed: seed)
        let points = plan.connectionPoints.map(\.id)
        for index in 0..<80 {
            let name =
                switch index % 4 {
                case 0: "Nguyễn Văn An"
                case 1: "Trần Thị Bích Số \(index)"
                case 2: plan.people[index % 12].name.fullName.uppercased()
                default: "Lê Văn Cường Số \(index)".decomposedStringWithCanonicalMapping
                }
            let id = Identifier<Person>("x-db\(Int.random(in: 0..<1_000, using: &random))-\(index)")
            plan.people.append(
                Person(id: id, fullName: name, unit: "Liên minh HTX thử", phone: "09\(20_000_000 + index)"))
            let place: Attendance.Place =
                Int.random(in: 0..<4, using: &random) == 0
                ? .onSite : .connectionPoint(points.randomElement(using: &random)!)
            plan.attendances.append(
                Attendance(person: id, event: plan.event.id, place: place, role: .delegate))
        }
        let attending = plan.attendances.filter { $0.place == .connectionPoint(fullPoint) }.count
        plan.connectionPoints = plan.connectionPoints.map { point in
            var point = point
            if point.id == fullPoint { point.hallCapacity = attending }
            return point
        }
        return plan
    }

    /// A person of `plan` whose whole name no one else has.
    static func uniquelyNamed(_ plan: Plan, skipping: Int = 0) -> Person {
        let counts = Dictionary(grouping: plan.people, by: { NameKey.exact($0.name.fullName) }).mapValues(
            \.count)
        return plan.people.filter { counts[NameKey.exact($0.name.fullName)] == 1 }.dropFirst(skipping).first!
    }
}
