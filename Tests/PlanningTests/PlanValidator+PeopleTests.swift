import Planning
import Testing

@Suite("PlanValidator: people and attendance")
struct PlanValidatorPeopleTests {
    @Test("a person without a given name")
    func noName() {
        var plan = PlanFixtures.conference()
        plan.people.append(Person(id: "p-9", name: PersonName(family: "Nguyễn", middle: "", given: "")))
        #expect(PlanFixtures.codes(plan).contains(.personWithoutName))
    }

    @Test("a date of birth on or after the opening day, or more than 120 years before it, is an error")
    func birthDate() throws {
        var plan = PlanFixtures.conference()
        let first = try #require(plan.event.firstDay)
        func findings(born: CalendarDate) -> [Finding] {
            plan.people[0].dateOfBirth = born
            return PlanValidator().validate(plan).filter { $0.code == .birthDateImplausible }
        }
        let typed = CalendarDate(year: first.year + 36, month: 5, day: 1)!
        #expect(
            findings(born: typed).map(\.message) == [
                BilingualText(PlanningMessage.birthDateImplausible(date: typed, firstDay: first, years: 120))
            ])
        #expect(findings(born: typed).first?.severity == .error)
        #expect(findings(born: first).count == 1)
        #expect(findings(born: first.adding(days: -1)).isEmpty)
        let oldest = CalendarDate(year: first.year - 120, month: first.month, day: first.day)!
        #expect(findings(born: oldest).isEmpty)
        #expect(findings(born: oldest.adding(days: -1)).count == 1)
        #expect(findings(born: CalendarDate(year: 1062, month: 5, day: 1)!).count == 1)
    }

    @Test("a person's organisation must be registered")
    func unknownOrganisation() {
        var plan = PlanFixtures.conference()
        plan.people[0].organisation = "org-9"
        #expect(PlanFixtures.codes(plan).contains(.unknownPersonOrganisation))
    }

    @Test("the same person twice by phone")
    func duplicate() {
        var plan = PlanFixtures.conference()
        plan.people.append(Person(id: "p-9", fullName: "Nguyễn Văn An", phone: "+84 901 000 011"))
        #expect(PlanFixtures.codes(plan).contains(.duplicatePerson))
    }

    @Test("an attendee who is not registered, at an unknown point, listed twice")
    func attendance() {
        var plan = PlanFixtures.conference()
        plan.attendances.append(Attendance(person: "p-9", event: "su-kien", place: .onSite, role: .delegate))
        plan.attendances.append(
            Attendance(person: "p-1", event: "su-kien", place: .connectionPoint("dc-x"), role: .delegate))
        let found = PlanFixtures.codes(plan)
        #expect(found.contains(.unknownAttendee))
        #expect(found.contains(.unknownAttendancePoint))
        #expect(found.contains(.duplicateAttendance))
    }

    @Test("a person's unknown province")
    func province() {
        var plan = PlanFixtures.conference()
        plan.people[0].province = ProvinceReference("Xứ Đoài")
        #expect(PlanFixtures.codes(plan).contains(.unknownProvince))
    }
}
