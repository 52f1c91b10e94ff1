import Foundation
import Planning
import Testing
import Workflow

@testable import fairplan

/// No `fairplan` command traps, hangs or answers in anything but Vietnamese, whatever value an
/// argument is given (issue 12).
///
/// The commands and their arguments are read from the built binary
/// (`fairplan --experimental-dump-help`, ``CommandShape``), not listed by hand: every option and
/// positional argument that takes a value, of every command, is given each of ``values`` — 0, −1,
/// `Int.max`, a number past `Int.max`, 1e308, ±inf, nan, the empty text, a text of exactly
/// ``Limits/maximumTextLength`` characters (the longest a command takes, so it reaches the
/// command's own checks) and one of 120 KB (refused before parsing) — with the
/// command's other required arguments valid (``fillers``, choices from the parser's own list),
/// against a copy of ``BoundaryPlan`` made for that run. Options are written `--name=value` and
/// positional arguments after `--`, so that `-1` reaches the argument instead of reading as an
/// option. Each run must end by `exit` (never a signal), within ``limit`` (a watchdog kills it and
/// the issue names the command line), with status 0, 1 or 64, and when it fails, standard error
/// says «Lỗi» in Vietnamese: never a Swift runtime error or a backtrace.
///
/// Long text: Linux refuses one `exec` argument over 128 KiB (MAX_ARG_STRLEN), so the binary gets
/// 120 KB; the 1 MB value goes through the same code in this process
/// (``CommandRunner/outcome(_:environment:)``, with absolute paths only, since tests share the
/// current folder), where a trap would end the test run (so it is reported all the same) and
/// time is measured instead of cut. Both are refused before parsing; the Workflow checks of 1 MB
/// inputs are tested on their own (`WrittenValueTests`).
///
/// `--lang` is taken off the command line before any command is parsed
/// (``CLILanguage/choose(arguments:environment:)``), the same way for every command: its values are
/// fed once, to `fairplan report`, not to each of the commands that list it.
///
/// The cases run in parallel, one per command, at most ``slots`` processes at a time.
@Suite("fairplan: boundary values for every argument of every command")
struct ArgumentBoundaryTests {
    /// The values every argument is given.
    static let values = [
        "0", "-1", "9223372036854775807", "99999999999999999999", "1e308", "inf", "-inf", "nan", "",
        longText(characters: Limits.maximumTextLength), longText(bytes: 120_000),
    ]

    /// The value given in this process instead of through `exec`: 1 MB.
    static let megabyte = longText(bytes: 1 << 20)

    /// The longest a run may take before the watchdog kills it.
    static let limit = Duration.seconds(60)

    /// The processes running at once, across all cases.
    static let slots = ProcessSlots(ProcessInfo.processInfo.activeProcessorCount + 1)

    /// Valid values for the arguments a run needs besides the one under test, by command then by
    /// argument (several values for a repeating one). `{dir}` is the run's folder (absolute), so
    /// a run in this process writes nowhere else.
    static let fillers: [String: [String: [String]]] = [
        "init": [
            "path": ["{dir}/moi.fairplan"], "name": ["Hội chợ HTX tỉnh Lào Cai 2026"],
            "organiser": ["Liên minh HTX tỉnh Lào Cai"], "province": ["Lào Cai"], "from": ["10/12/2026"],
            "to": ["11/12/2026"],
        ],
        "venue check": ["files": [BoundaryPlan.venue]],
        "venue show": ["file": [BoundaryPlan.venue]],
        "venue use": ["file": [BoundaryPlan.venue]],
        "register organisation": ["name": ["Hợp tác xã Mới"], "province": ["Lào Cai"]],
        "register product": ["name": ["Mật ong bạc hà"], "owner": ["5300100007"]],
        "register person": ["name": ["Trần Thị Bình"]],
        "register party": ["name": ["HTX Bản Khoang"], "organisation": ["5300100009"], "booths": ["1"]],
        "register point": [
            "name": ["Điểm cầu Lai Châu"], "province": ["Lai Châu"], "host": ["UBND tỉnh Lai Châu"],
            "capacity": ["60"], "technician": ["Lò Văn Minh"], "phone": ["0912000333"],
        ],
        "register session": ["title": ["Bế mạc"], "kind": ["closing"], "minutes": ["30"]],
        "register timeslot": ["time": ["10/12/2026 08:00-09:00"]],
        "import": ["files": ["{dir}/mau/to-chuc.csv"]],
        "edit organisation": ["subject": ["tc-hop-tac-xa-suoi-giang"], "address": ["Bản Tả Phìn"]],
        "edit product": ["subject": ["sp-che-shan-tuyet"], "issuing-body": ["UBND tỉnh Lào Cai"]],
        "edit person": ["subject": ["db-nguyen-van-an"], "position": ["Giám đốc"]],
        "edit party": ["subject": ["dv-htx-suoi-giang"], "notes": ["Cần bàn dài"]],
        "edit point": ["subject": ["dc-diem-cau-son-la"], "host": ["Trung tâm Hội nghị tỉnh Sơn La"]],
        "edit session": ["subject": ["ph-thao-luan"], "track": ["Chuyên đề"]],
        "remove": ["subject": ["tc-hop-tac-xa-ban-khoang"]],
        "confirm": ["parties": ["Đoàn tỉnh Sơn La"]],
        "withdraw": ["party": ["HTX Nậm Lúc"]],
        "offer accept": ["party": ["HTX Dự Phòng"]],
        "offer decline": ["party": ["HTX Dự Phòng"]],
        "check": ["file": ["{dir}/ds.csv"]],
        "changes": ["from": ["1"], "to": ["2"]],
        "assign": ["party": ["Đoàn tỉnh Lào Cai"], "booths": ["A-10"]],
        "move": ["party": ["HTX Suối Giàng"], "booths": ["A-07", "A-08"]],
        "swap": ["first": ["HTX Suối Giàng"], "second": ["HTX Nậm Lúc"]],
        "pin booths": ["party": ["HTX Suối Giàng"]],
        "pin session": ["session": ["Khai mạc"]],
        "unpin booths": ["party": ["HTX Mường Hum"]],
        "unpin session": ["session": ["Thảo luận"]],
        "place": ["session": ["Báo cáo tổng kết"], "room": ["hoi-truong"], "start": ["10/12/2026 14:00"]],
        "undo": ["count": ["1"]],
        "restore": ["version": ["1"]],
        // The plan's programme has changed since its last version; its booth plan has not.
        "publish": ["target": ["sessions"]],
        "user add": ["name": ["nhanvien"], "password-file": ["{dir}/\(BoundaryPlan.passwordFile)"]],
        "user remove": ["name": ["quanly"]],
    ]

    /// Fillers dropped while another argument is under test, when the two exclude each other
    /// (command → argument under test → filler dropped).
    static let alternatives: [String: [String: String]] = [
        "register party": ["province": "organisation"]
    ]

    /// Options given to every command that has them, so that runs stay short and write only in
    /// their folder: the plan, a small search, the output paths.
    static let always: [String: String] = [
        "plan": "{dir}/\(BoundaryPlan.planName)", "iterations": "2000", "time-limit": "2",
        "out": "{dir}/xuat.ods", "svg": "{dir}/so-do.svg", "output": "{dir}/demo",
    ]

    /// Flags given to every command that has them: `--yes`, so no command waits for an answer;
    /// `--dry-run`, so `serve` checks its arguments and plans and exits instead of listening.
    static let alwaysFlags = ["yes", "dry-run"]

    /// The option read before parsing, fed once (see the type's documentation)…
    static let languageOption = "lang"
    /// … to this command.
    static let languageCommand = "report"

    /// The commands of the binary, read once.
    static let commands: [CommandShape] = (try? CommandShape.all()) ?? []

    @Test("the walk finds every command and its arguments, and the fillers name real arguments")
    func walk() throws {
        let commands = Self.commands
        let arguments = commands.flatMap(\.arguments)
        #expect(commands.count >= 40, "commands found: \(commands.map(\.name))")
        #expect(arguments.count >= 250, "arguments found: \(arguments.count)")
        #expect(arguments.filter { !$0.isOption }.count >= 30)
        let names = Set(commands.map(\.name))
        for expected in ["register party", "allocate", "schedule", "edit session", "demo", "init", "export"] {
            #expect(names.contains(expected), "\(expected) not found")
        }
        for command in commands where command.name != "help" {
            #expect(
                command.arguments.contains { $0.name == Self.languageOption }, "\(command.name) has no --lang"
            )
        }
        for (name, fillers) in Self.fillers {
            let command = try #require(
                commands.first { $0.name == name }, "fillers for an unknown command \(name)")
            for argument in fillers.keys {
                #expect(
                    command.arguments.contains { $0.name == argument }, "\(name): no argument \(argument)")
            }
        }
    }

    @Test("every argument of the command, given each boundary value", .boundaryPlan, arguments: commands)
    func boundaries(command: CommandShape) async throws {
        let baseline = try #require(
            Self.line(command, testing: nil, value: ""), "\(command.name): no valid line")
        let first = try await Self.run(baseline)
        #expect(
            first.result.exited && first.result.status == 0,
            "\(command.name) with valid arguments fails, so the values below test little: \(Self.shown(baseline)) → \(first.result.status) \(first.result.text.prefix(600))"
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            for argument in command.arguments
            where argument.name != Self.languageOption || command.name == Self.languageCommand {
                for value in Self.values {
                    group.addTask {
                        let line = try #require(Self.line(command, testing: argument, value: value))
                        Self.check(try await Self.run(line), line: line)
                    }
                }
                group.addTask {
                    try await Self.checkInProcess(command, testing: argument)
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("a 1 MB value is refused before parsing, naming the option and the limit (it took minutes)")
    func megabyteRefused() async {
        let line = ["register", "organisation", "--province=Lào Cai", "--name=" + Self.megabyte]
        let outcome = await CommandRunner.outcome(line, environment: [:])
        let error = WorkflowError.textTooLong(
            option: "--name", position: 4, characters: Self.megabyte.count, maximum: Limits.maximumTextLength)
        #expect(outcome.status == 64)
        #expect(
            outcome.message == WorkflowMessage.errorPrefix.text(.vietnamese) + error.text(.vietnamese) + "\n")
    }

    @Test("venue check of a file it cannot read says why on standard error, not only in its report")
    func venueCheckVerdict() async throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let run = try await cli.run(["venue", "check", "khong-co.xml"], limit: Self.limit)
        #expect(run.result.exited && run.result.status == 1)
        #expect(
            run.result.error
                == WorkflowMessage.errorPrefix.text(.vietnamese)
                + WorkflowMessage.venueFilesFailed(failed: 1, files: 1).text(.vietnamese) + "\n")
    }

    @Test(
        "the watchdog kills a run past its limit and says so (a venue file that is a FIFO no one writes to)")
    func watchdog() async throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let fifo = cli.path("ong.xml")
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try await cli.run(["venue", "check", fifo], limit: .seconds(2))
        #expect(run.timedOut && !run.result.exited)
    }

    // MARK: Lines

    /// The command line for `command` with `argument` set to `value` and every other needed
    /// argument valid (nil when a required argument has no valid value known); `{dir}` left in.
    static func line(_ command: CommandShape, testing tested: CommandShape.Argument?, value: String)
        -> [String]?
    {
        let fillers = fillers[command.name] ?? [:]
        let dropped = tested.flatMap { alternatives[command.name]?[$0.name] }
        var options: [String] = []
        var positionals: [String] = []
        for argument in command.arguments {
            let values: [String]
            if argument == tested {
                values = [value]
            } else if argument.name == dropped {
                continue
            } else if let filler = fillers[argument.name] {
                values = filler
            } else if argument.isOption, let always = always[argument.name] {
                values = [always]
            } else if !argument.isOptional, let choice = argument.choices.first {
                values = [choice]
            } else if argument.isOptional {
                continue
            } else {
                return nil
            }
            if argument.isOption {
                options += values.map { "--\(argument.name)=\($0)" }
            } else {
                positionals += values
            }
        }
        options += command.flags.filter(alwaysFlags.contains).map { "--\($0)" }
        return command.path + options + (positionals.isEmpty ? [] : ["--"] + positionals)
    }

    /// `line` with `{dir}` replaced by `folder`.
    static func resolved(_ line: [String], in folder: URL) -> [String] {
        line.map { $0.replacingOccurrences(of: "{dir}", with: folder.path) }
    }

    /// A command line for messages, long values shortened.
    static func shown(_ line: [String]) -> String {
        "fairplan "
            + line.map { part in
                part.utf8.count > 200 ? "\(part.prefix(40))…<\(part.utf8.count) bytes>" : part
            }.joined(separator: " ")
    }

    // MARK: Runs

    /// Runs `line` on a fresh copy of the plan, through `exec`.
    static func run(_ line: [String]) async throws -> FairPlanProcess.WatchedResult {
        try await slots.withSlot {
            let cli = try #require(try BoundaryPlan.copy(), "no prepared plan")
            defer { cli.remove() }
            return try await cli.run(resolved(line, in: cli.folder), limit: limit)
        }
    }

    /// Records an issue when a run trapped, hung, ended with an unexpected status, or failed
    /// without a Vietnamese error.
    static func check(_ run: FairPlanProcess.WatchedResult, line: [String]) {
        let shown = Self.shown(line)
        let result = run.result
        #expect(!run.timedOut, "hang: \(shown) ran past \(limit) and was killed")
        #expect(
            run.timedOut || result.exited,
            "trap: \(shown) ended by signal \(result.status): \(excerpt(result.error))")
        guard result.exited else { return }
        #expect(
            [0, 1, 64].contains(result.status), "\(shown) exited \(result.status): \(excerpt(result.error))")
        #expect(!crashed(result.text), "\(shown) printed a runtime error: \(excerpt(result.text))")
        if result.status != 0 {
            #expect(
                vietnameseError(result.error),
                "\(shown) failed without a Vietnamese error: \(excerpt(result.error))")
        }
    }

    /// Runs `command` with `tested` set to the 1 MB value in this process and checks the outcome
    /// as ``check(_:line:)`` does.
    static func checkInProcess(_ command: CommandShape, testing tested: CommandShape.Argument) async throws {
        try await slots.withSlot {
            try await checkInProcess(
                command, testing: tested, in: try #require(try BoundaryPlan.copy(), "no prepared plan"))
        }
    }

    /// ``checkInProcess(_:testing:)`` in `cli`'s folder.
    private static func checkInProcess(
        _ command: CommandShape, testing tested: CommandShape.Argument, in cli: FairPlanProcess
    ) async throws {
        defer { cli.remove() }
        let line = try #require(Self.line(command, testing: tested, value: megabyte))
        let arguments = resolved(line, in: cli.folder)
        let shown = Self.shown(line) + " (in process)"
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await CommandRunner.outcome(arguments, environment: [:])
        let elapsed = clock.now - start
        #expect(elapsed < limit, "\(shown) took \(elapsed)")
        #expect(
            [0, 1, 64].contains(outcome.status),
            "\(shown) exited \(outcome.status): \(excerpt(outcome.message))")
        #expect(!crashed(outcome.message))
        if outcome.status != 0 {
            #expect(
                vietnameseError(outcome.message),
                "\(shown) failed without a Vietnamese error: \(excerpt(outcome.message))")
        }
    }

    // MARK: Judging output

    /// Whether `text` shows a Swift runtime error or a backtrace.
    static func crashed(_ text: String) -> Bool {
        ["Fatal error", "Swift runtime failure", "Stack dump", "Backtrace", "Current stack trace", "💣"]
            .contains {
                text.contains($0)
            }
    }

    /// Whether `text` (standard error of a failed run) starts its error with «Lỗi» and words it in
    /// Vietnamese: every «Lỗi…» line holds a Vietnamese letter after the prefix.
    static func vietnameseError(_ text: String) -> Bool {
        let errors = text.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("Lỗi") }
        guard !errors.isEmpty else { return false }
        return errors.allSatisfy { line in
            line.dropFirst("Lỗi".count).unicodeScalars.contains { vietnameseLetters.contains($0) }
        }
    }

    /// Letters only Vietnamese wording has (among the languages FairPlan prints).
    static let vietnameseLetters = Set(
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ".unicodeScalars)

    /// The start of `text`, for a message.
    static func excerpt(_ text: String) -> String {
        text.count > 600 ? "\(text.prefix(600))…" : text
    }

    /// Vietnamese text of about `bytes` bytes of UTF-8 (never more), in whole words.
    static func longText(bytes: Int) -> String {
        String(repeating: phrase, count: bytes / phrase.utf8.count)
    }

    /// Vietnamese text of exactly `characters` characters.
    static func longText(characters: Int) -> String {
        String(String(repeating: phrase, count: characters / phrase.count + 1).prefix(characters))
    }

    /// The words long texts repeat.
    static let phrase = "Hợp tác xã Nông nghiệp Tân Hòa "
}
