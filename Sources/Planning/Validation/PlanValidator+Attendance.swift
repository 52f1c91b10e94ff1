extension PlanValidator {
    /// Attendance rules: known people and points, nobody listed twice.
    func validateAttendance(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let points = Set(plan.connectionPoints.map(\.id))
        var seen: Set<Identifier<Person>> = []
        for attendance in plan.attendances {
            let repeated = attendance.event == plan.event.id && !seen.insert(attendance.person).inserted
            checkAttendance(
                attendance, person: people[attendance.person], points: points, repeated: repeated,
                into: &findings)
        }
        return findings
    }

    /// The rules of one attendance: its person (nil when the plan has none with its identifier)
    /// and its connection point known; `repeated` when the person was listed for the event before.
    func checkAttendance(
        _ attendance: Attendance, person: Person?, points: Set<Identifier<ConnectionPoint>>, repeated: Bool,
        into findings: inout [Finding]
    ) {
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
        if repeated {
            findings.append(
                Finding(
                    .warning, .duplicateAttendance, subject: subject,
                    message: .duplicateAttendance))
        }
    }
}
