import Foundation
import Planning
import Store
import Testing

/// A conference on a timeslot grid built from the command line, as the README's walk-through does.
@Suite("fairplan: a conference on a timeslot grid")
struct ConferenceGridTests {
    /// The README's grid walk-through up to the timetable.
    static func conference() throws -> FairPlanProcess {
        let cli = try FairPlanProcess.temporary()
        try cli.succeed(
            "init", "hoi-nghi.fairplan", "--name", "Hội nghị chuyển đổi số HTX 2026", "--kind", "conference",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "16/11/2026",
            "--to", "17/11/2026", "--venue", LifeCycleTests.venue)
        try cli.succeed(
            "register", "timeslot", "--time", "16/11/2026 08:00-09:30", "--tag", "sang", "--pause", "15")
        try cli.succeed("register", "timeslot", "--time", "16/11/2026 09:45-11:15", "--tag", "sang")
        try cli.succeed(
            "register", "timeslot", "--time", "16/11/2026 13:30-15:00", "--kind", "discussion", "--tag",
            "chieu")
        try cli.succeed("register", "timeslot", "--time", "17/11/2026 08:00-09:30", "--tag", "sang")
        try cli.succeed(
            "register", "person", "--name", "Trần Văn Bảo", "--position", "Phó Chủ tịch", "--unavailable",
            "17/11/2026 07:00-12:00")
        try cli.succeed("register", "person", "--name", "Lê Thị Hằng", "--position", "Giám đốc")
        try cli.succeed(
            "register", "session", "--title", "Khai mạc", "--kind", "opening", "--minutes", "30", "--chair",
            "Trần Văn Bảo", "--first", "--require-room-tag", "san-khau", "--audience", "150")
        try cli.succeed(
            "register", "session", "--title", "Báo cáo chuyển đổi số", "--kind", "report", "--minutes", "60",
            "--speaker", "Lê Thị Hằng", "--theme", "chuyển đổi số", "--level", "1", "--content",
            "sàn thương mại điện tử")
        try cli.succeed(
            "register", "session", "--title", "Chuyên đề nâng cao", "--kind", "report", "--minutes", "90",
            "--speaker", "Lê Thị Hằng", "--theme", "chuyển đổi số", "--level", "3", "--content",
            "sàn thương mại điện tử", "--after", "Báo cáo chuyển đổi số")
        try cli.succeed(
            "register", "session", "--title", "Thảo luận tổ", "--kind", "discussion", "--minutes", "90",
            "--chair",
            "Trần Văn Bảo", "--prefer-room-tag", "ban-tron", "--crowd-risk")
        try cli.succeed(
            "register", "session", "--title", "Tổng kết", "--kind", "closing", "--minutes", "45", "--chair",
            "Trần Văn Bảo", "--last")
        return cli
    }

    @Test("schedule sessions timetables slot by slot, names every component and says what cannot fit")
    func grid() throws {
        let cli = try Self.conference()
        defer { cli.remove() }
        let explained = try cli.succeed("schedule", "sessions", "--explain", "--iterations", "20000")
        #expect(explained.contains("Phương pháp: xếp theo khung giờ"))
        #expect(explained.contains("Ràng buộc cứng (phải bằng 0): 0"))
        #expect(explained.contains("Phiên cùng chủ đề diễn ra cùng lúc [theme-conflict]"))
        #expect(explained.contains("  08:00–08:30  Hội trường: Khai mạc"))
        #expect(explained.contains("  «Tổng kết»\n    • Xếp vào đâu cũng vi phạm"))
        let store = try PlanStore.open(at: cli.path("hoi-nghi.fairplan"))
        let sessions = try store.sessions()
        #expect(sessions.filter { $0.start != nil }.count == 4)
        try store.close()

        let english = try cli.run(
            "schedule", "sessions", "--explain", "--iterations", "20000", "--lang", "en")
        #expect(english.status == 0)
        #expect(english.output.contains("Method: timeslot grid"))
        #expect(english.output.contains("Hard rules (must be 0): 0"))
        let json = try cli.run("schedule", "sessions", "--json", "--iterations", "20000")
        let document = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let grid = document?["grid"] as? [String: Any]
        #expect((grid?["components"] as? [Any])?.count == 30)
        #expect((document?["proof"] as? [String: Any])?["method"] as? String == "grid-exact")
        #expect(grid?["hard"] as? Int == 0)
        try JSONOutputTests.validate(json.output, against: "timetable", in: cli)
    }

    @Test("check sessions reports a hand-made programme off the grid or breaking the grid's rules")
    func handMade() throws {
        let cli = try Self.conference()
        defer { cli.remove() }
        let header = "STT,Ngày,Bắt đầu,Kết thúc,Nội dung,Loại,Phòng,\"Chủ trì, trình bày\",Điểm cầu nối\n"
        let good = """
            1,16/11/2026,08:00,08:30,Khai mạc,Khai mạc,Hội trường,,
            2,16/11/2026,09:45,10:45,Báo cáo chuyển đổi số,Báo cáo,Hội trường,,
            3,16/11/2026,13:30,15:00,Thảo luận tổ,Thảo luận,Phòng họp 1,,
            4,17/11/2026,08:00,09:30,Chuyên đề nâng cao,Báo cáo,Hội trường,,

            """
        try Data((header + good).utf8).write(to: URL(fileURLWithPath: cli.path("tay.csv")))
        let checked = try cli.run("check", "sessions", cli.path("tay.csv"))
        // Only «Tổng kết», which no timetable can hold, is missing.
        #expect(
            checked.output.contains("Vi phạm: 1.") && checked.output.contains("«Tổng kết» chưa được xếp lịch")
        )
        let bad = """
            1,16/11/2026,08:00,08:30,Khai mạc,Khai mạc,Hội trường,,
            2,16/11/2026,10:00,11:00,Báo cáo chuyển đổi số,Báo cáo,Hội trường,,
            3,17/11/2026,08:00,09:30,Thảo luận tổ,Thảo luận,Phòng họp 1,,
            4,16/11/2026,13:30,15:00,Chuyên đề nâng cao,Báo cáo,Phòng họp 2,,

            """
        try Data((header + bad).utf8).write(to: URL(fileURLWithPath: cli.path("sai.csv")))
        let wrong = try cli.run("check", "sessions", cli.path("sai.csv"))
        #expect(wrong.status != 0)
        #expect(
            wrong.output.contains(
                "Phiên «Báo cáo chuyển đổi số» bắt đầu lúc 10:00 16/11/2026, không phải đầu một khung giờ."))
        #expect(
            wrong.output.contains(
                "Phiên «Thảo luận tổ» vi phạm: Người tham gia phiên vắng mặt trong khung giờ."))
        #expect(
            wrong.output.contains("Phiên «Chuyên đề nâng cao» (Báo cáo) ở Phòng họp 2 lúc 13:30 16/11/2026"))
        let issues = try cli.run("check", "sessions", cli.path("sai.csv"), "--json")
        #expect(issues.output.contains("\"grid-constraint\""))
        try JSONOutputTests.validate(issues.output, against: "timetable-issues", in: cli)
    }

    @Test("timeslots and grid options are checked, edited, cleared and removed")
    func corrections() throws {
        let cli = try Self.conference()
        defer { cli.remove() }
        let outside = try cli.run("register", "timeslot", "--time", "16/11/2026 05:00-06:00")
        #expect(outside.status != 0)
        #expect(
            outside.error.contains("--time «16/11/2026 05:00-06:00»: khung giờ phải nằm trong giờ mở cửa"))
        let level = try cli.run(
            "register", "session", "--title", "X", "--kind", "report", "--minutes", "30", "--level", "7")
        #expect(level.status != 0 && level.error.contains("--level «7»"))
        let edited = try cli.succeed(
            "edit", "session", "Chuyên đề nâng cao", "--sector", "nông nghiệp", "--clear", "theme")
        #expect(edited.contains("Chuyên đề nâng cao"))
        let store = try PlanStore.open(at: cli.path("hoi-nghi.fairplan"))
        let session = try #require(try store.sessions().first { $0.title == "Chuyên đề nâng cao" })
        #expect(session.profile.themes.isEmpty && session.profile.sectors == ["nông nghiệp"])
        try store.close()
        let removed = try cli.succeed("remove", "timeslot", "16/11/2026 13:30-15:00")
        #expect(removed.contains("Đã bỏ khung giờ 13:30–15:00 16/11/2026; lịch còn 3 khung giờ."))
        #expect(removed.contains("  08:00–09:30 17/11/2026 — mọi loại phiên — nhãn: sang"))
        try cli.succeed("undo")
        let help = try cli.succeed("register", "timeslot", "--help")
        #expect(help.contains("Khung giờ, dạng «dd/mm/yyyy hh:mm-hh:mm»."))
    }
}
