extension PlanValidator {
    /// Attendance rules: known people and points, nobody listed twice.
    func validateAttendance(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let points = Set(plan.connectionPoints.map(\.id))
        var seen: Set<Identifier<Person>> = []
        for attendance in plan.attendances {
            let person = people[attendance.person]
            let subject =
                person.map(Subject.person)
                ?? Subject(.attendance, id: attendance.person.rawValue, label: attendance.person.rawValue)
            if person == nil {
                findings.append(
                    Finding(
                        .error, .unknownAttendee, subject: subject,
                        message: .unknownAttendee(person: attendance.person.rawValue)))
            }
            if case .connectionPoint(let id) = attendance.place, !points.contains(id) {
                findings.append(
                    Finding(
                        .error, .unknownAttendancePoint, subject: subject,
                        message: .unknownAttendancePoint(point: id.rawValue)))
            }
            if attendance.event == plan.event.id && !seen.insert(attendance.person).inserted {
                findings.append(
                    Finding(
                        .warning, .duplicateAttendance, subject: subject,
                        message: .duplicateAttendance))
            }
        }
        return findings
    }
}
