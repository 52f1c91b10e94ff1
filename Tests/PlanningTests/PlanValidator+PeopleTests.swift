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
