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
        #expect(RegistrationStatus.confirmed.refusal(toMoveTo: .placed) == nil)
        let early = try #require(RegistrationStatus.pending.refusal(toMoveTo: .placed))
        #expect(
            early.vietnamese
                == "Không thể chuyển đăng ký từ «Chờ xác nhận» sang «Đã xếp gian»: chỉ có thể chuyển sang «Đã xác nhận», «Đã rút»."
        )
        #expect(early.english.contains("pending to placed"))
        let final = try #require(RegistrationStatus.withdrawn.refusal(toMoveTo: .pending))
        #expect(final.vietnamese.contains("trạng thái cuối"))
    }

    @Test("Vietnamese names and a new party's default")
    func names() {
        #expect(
            RegistrationStatus.allCases.map(\.vietnameseName) == [
                "Chờ xác nhận", "Đã xác nhận", "Đã xếp gian", "Danh sách chờ", "Đã rút",
            ])
        let party = ExhibitingParty(id: "p", name: "HTX Thử", kind: .organisation("o"))
        #expect(party.registrationStatus == .pending)
        #expect(!RegistrationStatus.withdrawn.isActive && RegistrationStatus.waitlisted.isActive)
    }
}
