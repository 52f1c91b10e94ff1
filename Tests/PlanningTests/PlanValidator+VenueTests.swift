import Planning
import Testing

@Suite("PlanValidator: venue and booth plan")
struct PlanValidatorVenueTests {
    func codes(_ venue: Venue) -> [FindingCode] {
        PlanValidator().validateVenue(venue).map(\.code)
    }

    @Test("the fixture venue is clean")
    func clean() {
        #expect(codes(PlanFixtures.venue()).isEmpty)
    }

    @Test("overlapping booths; touching booths do not overlap")
    func overlap() {
        var venue = PlanFixtures.venue()
        venue.booths.append(Booth(code: "X-01", hall: "A", rect: Rect(x: 1.5, y: 1, width: 3, depth: 3)))
        let findings = PlanValidator().validateVenue(venue).filter { $0.code == .overlappingBooths }
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.message.vietnamese.contains("X-01") })
    }

    @Test("a booth outside its hall, or in a hall that does not exist")
    func outside() {
        var venue = PlanFixtures.venue()
        venue.booths.append(Booth(code: "X-01", hall: "A", rect: Rect(x: 28.5, y: 0, width: 3, depth: 3)))
        venue.booths.append(Booth(code: "X-02", hall: "Z", rect: Rect(x: 20, y: 15, width: 3, depth: 3)))
        let found = codes(venue)
        #expect(found.contains(.boothOutsideHall))
        #expect(found.contains(.boothInUnknownHall))
    }

    @Test("duplicate booth codes, zero-size booths, duplicate room ids")
    func duplicates() {
        var venue = PlanFixtures.venue()
        venue.booths.append(Booth(code: "A-01", hall: "A", rect: Rect(x: 20, y: 15, width: 3, depth: 3)))
        venue.booths.append(Booth(code: "X-01", hall: "A", rect: Rect(x: 25, y: 15, width: 0, depth: 3)))
        venue.rooms.append(Room(id: "phong-nho", name: "Phòng nhỏ 2", capacity: 10))
        let found = codes(venue)
        #expect(found.contains(.duplicateBoothCode))
        #expect(found.contains(.degenerateBooth))
        #expect(found.contains(.duplicateRoomOrHall))
    }

    @Test("a room without capacity")
    func roomCapacity() {
        var venue = PlanFixtures.venue()
        venue.rooms.append(Room(id: "kho", name: "Phòng kho", capacity: 0))
        #expect(codes(venue).contains(.roomWithoutCapacity))
    }

    func boothPlan(_ assignments: [BoothAssignment], services: Set<BoothService> = []) -> [FindingCode] {
        var plan = PlanFixtures.fair()
        plan.venue = PlanFixtures.venue()
        plan.boothRequests[0].servicesNeeded = services
        plan.boothAssignments = assignments
        return PlanFixtures.codes(plan)
    }

    @Test("a correct booth plan is clean")
    func cleanPlan() {
        let found = boothPlan([
            .init(booth: "A-01", party: "lm-can-tho"), .init(booth: "A-02", party: "lm-can-tho"),
        ])
        #expect(found.allSatisfy { !$0.rawValue.hasPrefix("booth-plan.") })
    }

    @Test("booth plan rules")
    func rules() {
        #expect(boothPlan([.init(booth: "Z-99", party: "lm-can-tho")]).contains(.assignmentToUnknownBooth))
        #expect(
            boothPlan([.init(booth: "A-01", party: "lm-can-tho"), .init(booth: "A-01", party: "other")])
                .contains(.boothAssignedTwice))
        #expect(boothPlan([.init(booth: "A-01", party: "lm-can-tho")]).contains(.boothCountMismatch))
        #expect(
            boothPlan([.init(booth: "A-01", party: "lm-can-tho"), .init(booth: "A-03", party: "lm-can-tho")])
                .contains(.boothsNotContiguous))
        #expect(
            boothPlan(
                [.init(booth: "A-02", party: "lm-can-tho"), .init(booth: "A-03", party: "lm-can-tho")],
                services: [.water]
            )
            .contains(.missingBoothService))
        var plan = PlanFixtures.fair()
        plan.venue = PlanFixtures.venue()
        plan.boothRequests[0].servicesNeeded = [.water]
        // One booth with water serves the whole block, as the allocator counts it; a block
        // without any is one finding for the party, not one per booth.
        plan.boothAssignments = [
            .init(booth: "A-01", party: "lm-can-tho"), .init(booth: "A-02", party: "lm-can-tho"),
        ]
        #expect(!PlanFixtures.codes(plan).contains(.missingBoothService))
        plan.boothRequests[0].boothsWanted = 3
        plan.boothAssignments = ["A-02", "A-03", "A-04"].map { .init(booth: $0, party: "lm-can-tho") }
        #expect(PlanValidator().validate(plan).filter { $0.code == .missingBoothService }.count == 1)
        plan = PlanFixtures.fair()
        plan.venue = PlanFixtures.venue()
        plan.venue?.booths[0].blocked = true
        plan.boothAssignments = [
            .init(booth: "A-01", party: "lm-can-tho"), .init(booth: "A-02", party: "lm-can-tho"),
        ]
        #expect(PlanFixtures.codes(plan).contains(.blockedBoothAssigned))
    }
}

@Suite("PlanValidator: zones, aisles and entrances")
struct PlanValidatorZoneTests {
    func venue() -> Venue {
        var venue = PlanFixtures.venue()
        venue.zones = [
            Zone(
                id: "ocop", name: "Khu OCOP", hall: "A", tags: ["ocop"],
                area: Rect(x: 0, y: 0, width: 12, depth: 10))
        ]
        for index in venue.booths.indices { venue.booths[index].zone = "ocop" }
        venue.aisles = [
            Aisle(id: "chinh", hall: "A", rect: Rect(x: 0, y: 3, width: 30, depth: 4), isMain: true)
        ]
        venue.entrances = [
            Entrance(
                id: "cong", name: "Cổng chính", hall: "A", rect: Rect(x: 14, y: 19.8, width: 3, depth: 0.2))
        ]
        return venue
    }

    @Test("the zoned venue is clean and knows main-aisle frontage")
    func clean() {
        let venue = venue()
        #expect(PlanValidator().validateVenue(venue).isEmpty)
        #expect(venue.frontsMainAisle(venue.booths[0]))
        let back = Booth(code: "C-01", hall: "A", rect: Rect(x: 20, y: 0, width: 3, depth: 3), front: .north)
        #expect(!venue.frontsMainAisle(back))
    }

    @Test("unknown zone, empty zone, booth in an aisle, feature outside its hall")
    func rules() {
        var venue = venue()
        venue.booths[0].zone = "am-thuc"
        venue.zones.append(Zone(id: "thu-cong", name: "Khu thủ công", hall: "A"))
        venue.booths.append(
            Booth(code: "X-01", hall: "A", rect: Rect(x: 20, y: 4, width: 3, depth: 3), zone: "ocop"))
        venue.aisles.append(Aisle(id: "ngoai", hall: "A", rect: Rect(x: 0, y: 25, width: 30, depth: 3)))
        let codes = PlanValidator().validateVenue(venue).map(\.code)
        #expect(codes.contains(.unknownZone))
        #expect(codes.contains(.zoneWithoutBooths))
        #expect(codes.contains(.boothInAisle))
        #expect(codes.contains(.featureOutsideHall))
    }
}
