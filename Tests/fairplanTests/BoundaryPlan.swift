import Foundation
import Testing

/// A small plan every command of `fairplan` can run against with valid arguments, built once with
/// the binary itself for ``ArgumentBoundaryTests`` and copied afresh for every run (runs change it).
///
/// A hybrid conference with a fair in the provincial conference centre (30 booths, 3 rooms):
/// organisations, a product, a person, two connection points, three sessions timetabled and
/// published (one pinned), parties placed and published twice (one pinned), one withdrawn so
/// its booths are offered to the waiting party, one confirmed without booths, one pending; a
/// change undone so `redo` has something to do; the exhibitors list and the programme exported as
/// CSV (for `check`), and a filled registration template (for `import`).
///
/// The folder holds `ke-hoach.fairplan` (with its `-wal` and `-shm`), `ds.csv`, `ct.csv` and
/// `mau/to-chuc.csv`, and `mat-khau.txt` (the password of the plan's admin account «quanly»).
struct BoundaryPlan: TestTrait, TestScoping {
    /// The folder of the prepared plan, while a test marked ``boundaryPlan`` runs.
    @TaskLocal static var folder: URL?

    /// The provincial conference centre's venue file, in the repository.
    static let venue = LifeCycleTests.venue

    /// The plan file's name in the folder.
    static let planName = "ke-hoach.fairplan"

    /// Builds the plan before the test (all its cases) and removes it after.
    func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? self : nil
    }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try await Self.build(in: cli)
        try await Self.$folder.withValue(cli.folder) {
            try await function()
        }
    }

    /// A fresh copy of the prepared folder (the files runs use), for one run; nil outside a marked
    /// test.
    static func copy() throws -> FairPlanProcess? {
        guard let folder else { return nil }
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent(
            "fairplan-bounds-\(UUID().uuidString)", isDirectory: true)
        try manager.createDirectory(
            at: copy.appendingPathComponent("mau", isDirectory: true), withIntermediateDirectories: true)
        for file in copied where manager.fileExists(atPath: folder.appendingPathComponent(file).path) {
            try manager.copyItem(
                at: folder.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        return FairPlanProcess(folder: copy)
    }

    /// The files of the prepared folder a run may use.
    static let copied = [
        planName, planName + "-wal", planName + "-shm", "ds.csv", "ct.csv", "mau/to-chuc.csv",
        passwordFile,
    ]

    /// The file holding a staff password, for `user add --password-file`.
    static let passwordFile = "mat-khau.txt"

    /// The plan's commands, in order; each must succeed.
    static let steps: [[String]] = [
        [
            "init", planName, "--name", "Hội nghị và hội chợ HTX tỉnh Lào Cai 2026", "--kind",
            "hybrid-conference",
            "--organiser", "Liên minh HTX tỉnh Lào Cai", "--province", "Lào Cai", "--from", "10/12/2026",
            "--to",
            "11/12/2026", "--venue", venue,
        ],
        organisation("Hợp tác xã Suối Giàng", code: "5300100002") + ["--members", "12"],
        organisation("Hợp tác xã Tài Trợ", code: "5300100006"),
        organisation("Hợp tác xã Mường Hum", code: "5300100007"),
        organisation("Hợp tác xã Dự Phòng", code: "5300100008"),
        organisation("Hợp tác xã Bản Khoang", code: "5300100009"),
        organisation("Hợp tác xã Nậm Lúc", code: "5300100010"),
        party("HTX Suối Giàng", of: "5300100002", booths: 2),
        party("HTX Tài Trợ", of: "5300100006", booths: 2),
        party("HTX Nậm Lúc", of: "5300100010", booths: 2),
        party("HTX Mường Hum", of: "5300100007", booths: 20),
        party("HTX Dự Phòng", of: "5300100008", booths: 6),
        ["confirm", "HTX Suối Giàng", "HTX Tài Trợ", "HTX Nậm Lúc", "HTX Mường Hum", "HTX Dự Phòng"],
        ["allocate", "booths", "--iterations", "2000", "--time-limit", "2", "--publish"],
        [
            "register", "product", "--name", "Chè Shan tuyết", "--owner", "5300100002", "--set",
            "Bộ sản phẩm số 1",
            "--stars", "4", "--decision", "123/QĐ-UBND", "--decision-date", "01/03/2025", "--valid-until",
            "01/03/2028",
        ],
        [
            "register", "person", "--name", "Nguyễn Văn An", "--organisation", "5300100002", "--phone",
            "0912345678",
        ],
        point("Điểm cầu Lào Cai", province: "Lào Cai", technician: "Trần Văn Kỹ", phone: "0912000111")
            + ["--role", "main"],
        point("Điểm cầu Sơn La", province: "Sơn La", technician: "Lò Văn Thuật", phone: "0912000222"),
        [
            "register", "session", "--title", "Khai mạc", "--kind", "opening", "--minutes", "30",
            "--link-all", "--first",
        ],
        [
            "register", "session", "--title", "Báo cáo tổng kết", "--kind", "report", "--minutes", "60",
            "--link-all",
        ],
        ["register", "session", "--title", "Thảo luận", "--kind", "discussion", "--minutes", "45"],
        ["schedule", "sessions", "--iterations", "2000", "--time-limit", "2", "--publish"],
        ["withdraw", "HTX Tài Trợ", "--yes"],
        ["register", "party", "--name", "Đoàn tỉnh Lào Cai", "--province", "Lào Cai", "--booths", "1"],
        ["register", "party", "--name", "Đoàn tỉnh Sơn La", "--province", "Sơn La", "--booths", "1"],
        ["confirm", "Đoàn tỉnh Lào Cai"],
        ["pin", "HTX Mường Hum"],
        ["pin", "session", "Thảo luận"],
        ["publish", "booths"],
        // A pin alone changes nothing published: the programme gets a real change first.
        ["edit", "session", "Thảo luận", "--audience", "40"],
        ["publish", "sessions"],
        // …and one more after it, so `publish sessions` has something new to publish.
        ["edit", "session", "Thảo luận", "--audience", "35"],
        ["export", "exhibitors", "--format", "csv", "--out", "ds.csv"],
        ["export", "programme", "--format", "csv", "--out", "ct.csv"],
        ["template", "registrations", "--format", "csv", "--out", "mau"],
        organisation("Hợp tác xã Hoàn Tác", code: "5300100011"),
        ["undo"],
        ["user", "add", "quanly", "--role", "admin", "--password-file", passwordFile],
    ]

    /// Builds the plan in `cli`'s folder.
    static func build(in cli: FairPlanProcess) async throws {
        try Data("mat-khau-thu-nghiem-2026\n".utf8).write(to: cli.folder.appendingPathComponent(passwordFile))
        for step in steps {
            let run = try await cli.run(step, limit: .seconds(120))
            guard run.result.exited, run.result.status == 0 else {
                throw BuildError.stepFailed(step: step, text: run.result.text)
            }
        }
        try FilledTemplate(folder: cli.folder.appendingPathComponent("mau")).fill(
            "to-chuc",
            rows: [
                [
                    "Tên tổ chức": "Hợp tác xã Nông nghiệp Tả Van", "Loại hình": "HTX",
                    "Mã số HTX/MST": "5300100012",
                    "Tỉnh/thành phố": "Lào Cai", "Số thành viên": "9",
                ]
            ])
    }

    /// A step of the plan that failed.
    enum BuildError: Error {
        /// `fairplan step…` did not exit 0.
        case stepFailed(step: [String], text: String)
    }

    private static func organisation(_ name: String, code: String) -> [String] {
        ["register", "organisation", "--name", name, "--province", "Lào Cai", "--code", code]
    }

    private static func party(_ name: String, of organisation: String, booths: Int) -> [String] {
        ["register", "party", "--name", name, "--organisation", organisation, "--booths", String(booths)]
    }

    private static func point(_ name: String, province: String, technician: String, phone: String) -> [String]
    {
        [
            "register", "point", "--name", name, "--province", province, "--host", "UBND tỉnh \(province)",
            "--capacity", "100", "--available", "10/12/2026 07:00-17:00", "--technician", technician,
            "--phone", phone,
        ]
    }
}

extension Trait where Self == BoundaryPlan {
    /// Runs the test (all its cases) with ``BoundaryPlan`` built.
    static var boundaryPlan: Self { BoundaryPlan() }
}
