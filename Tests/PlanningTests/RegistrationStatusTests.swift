import Planning
import Testing

@Suite("RegistrationStatus")
struct RegistrationStatusTests {
    @Test("the life cycle allows exactly the documented moves")
    func allowedMoves() {
        let allowed = Set(
            RegistrationStatus.allCases.flatMap { from in
                RegistrationStatus.allCases.filter { from.canMove(to: $0) }.map {
                    "\(from.rawValue)>\($0.rawValue)"
                }
            })
        #expect(
            allowed == [
                "pending>confirmed", "pending>withdrawn", "confirmed>placed", "confirmed>waitlisted",
                "confirmed>withdrawn", "placed>waitlisted", "placed>withdrawn", "waitlisted>placed",
                "waitlisted>withdrawn",
            ])
    }

    @Test("a refused move is explained in Vietnamese and English; an allowed one is not")
    func refusals() throws {
        #expect(RegistrationStatus.confirmed.refusalMessage(toMoveTo: .placed) == nil)
        #expect(
            RegistrationStatus.pending.refusalMessage(toMoveTo: .placed)
                == .registrationMoveRefused(from: .pending, to: .placed))
        let early = try #require(RegistrationStatus.pending.refusalMessage(toMoveTo: .placed))
        for language in Language.allCases {
            let text = early.text(language).lowercased()
            for status in [RegistrationStatus.pending, .placed, .confirmed, .withdrawn] {
                #expect(text.contains(status.name(language).lowercased()), "\(language) \(status)")
            }
        }
        let final = try #require(RegistrationStatus.withdrawn.refusalMessage(toMoveTo: .pending))
        #expect(
            !final.text(.english).lowercased().contains(
                RegistrationStatus.confirmed.name(.english).lowercased()))
    }

    @Test("names in both languages and a new party's default")
    func names() {
        for language in Language.allCases {
            #expect(
                Set(RegistrationStatus.allCases.map { $0.name(language) }).count
                    == RegistrationStatus.allCases.count)
        }
        let party = ExhibitingParty(id: "p", name: "HTX Thử", kind: .organisation("o"))
        #expect(party.registrationStatus == .pending)
        #expect(!RegistrationStatus.withdrawn.isActive && RegistrationStatus.waitlisted.isActive)
    }
}
