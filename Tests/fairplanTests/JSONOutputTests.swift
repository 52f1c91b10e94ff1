import Foundation
import TestSupport
import Testing

/// Every `--json` prints exactly one JSON document on standard output, valid against its schema in
/// `Schemas/`; everything else goes to standard error.
@Suite(
    "fairplan: --json output", .requires(.python3(module: "jsonschema", debianPackage: "python3-jsonschema")))
struct JSONOutputTests {
    /// The repository's `Schemas/` folder.
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas")

    /// Validates `document` against the schema `name` with python's jsonschema (Draft 2020-12).
    static func validate(_ document: String, against name: String, in cli: FairPlanProcess) throws {
        let file = cli.path("\(name).json")
        try Data(document.utf8).write(to: URL(fileURLWithPath: file))
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.validate(json.load(open(sys.argv[2])), schema, cls=jsonschema.Draft202012Validator)
            """
        let result = try ExternalTool.python3(module: "jsonschema", debianPackage: "python3-jsonschema").run([
            "-c", script, Self.schemas.appendingPathComponent("\(name).schema.json").path, file,
        ])
        #expect(result.status == 0, "\(name): \(result.standardError)")
    }

    @Test("allocate, schedule and both checks print one document each, valid against the schema")
    func everyJSONOutput() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let allocation = try cli.run(
            "allocate", "booths", "--sample", "fair", "--json", "--iterations", "2000")
        #expect(allocation.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(allocation.output.utf8)) is [String: Any])
        try Self.validate(allocation.output, against: "booth-allocation", in: cli)

        let timetable = try cli.run(
            "schedule", "sessions", "--sample", "briefing", "--json", "--iterations", "1000")
        #expect(timetable.status == 0)
        try Self.validate(timetable.output, against: "timetable", in: cli)

        try Data(
            "Đơn vị tham gia,Gian hàng\nLiên minh HTX tỉnh Đồng Tháp,\"A-01, A-02\"\nKhông có đơn vị này,A-02\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: cli.path("so-do.csv")))
        let boothCheck = try cli.run(
            "check", "booths", cli.path("so-do.csv"), "--sample", "fair", "--venue",
            JSONOutputTests.schemas.deletingLastPathComponent().appendingPathComponent(
                "Venues/trung-tam-hoi-nghi-tinh.xml"
            ).path,
            "--json")
        #expect(boothCheck.status == 1)
        #expect(!boothCheck.error.isEmpty, "the unknown party is reported on standard error")
        try Self.validate(boothCheck.output, against: "booth-plan-check", in: cli)

        try cli.succeed(
            "export", "programme", "--sample", "briefing", "--format", "csv", "--out", cli.path("ct.csv"))
        let programmeCheck = try cli.run(
            "check", "sessions", cli.path("ct.csv"), "--sample", "briefing", "--json")
        try Self.validate(programmeCheck.output, against: "timetable-issues", in: cli)
    }

    @Test("with --json, notes about saving go to standard error in either language")
    func notesOnStandardError() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let english = try cli.run("--lang", "en", "allocate", "booths", "--json", "--iterations", "500")
        #expect(english.status == 0)
        #expect(english.error.contains("No plan file (*.fairplan) in this folder: using the sample plan"))
        #expect(try JSONSerialization.jsonObject(with: Data(english.output.utf8)) is [String: Any])
    }
}
