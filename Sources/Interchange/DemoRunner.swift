import Planning

/// `fairplan demo`: the sample plans with the shipped venues, validated, summarised, and the
/// floor plans written to `Exports/demo/`.
public enum DemoRunner {
    /// The shipped venue the sample fair is held in.
    public static let fairVenue = "trung-tam-hoi-cho-quoc-gia"
    /// The shipped venue of the briefing's main connection point (and the cluster's 30 booths).
    public static let briefingVenue = "trung-tam-hoi-nghi-tinh"

    /// Runs the demo and returns the report to print.
    ///
    /// - Parameters:
    ///   - findingLimit: Findings listed per severity in each summary.
    ///   - outputFolder: Where the floor plans go; `Exports/demo` when nil.
    ///   - version: FairPlan's version, written as the exports' generator.
    public static func run(findingLimit: Int, outputFolder: String? = nil, version: String) throws -> String {
        try run(
            try DemoInput.samples(), findingLimit: findingLimit, outputFolder: outputFolder, version: version)
    }

    /// Runs the demo on prepared input (allocated, scheduled) and returns the report to print.
    public static func run(
        _ input: DemoInput, findingLimit: Int, outputFolder: String? = nil, version: String
    ) throws -> String {
        let fair = input.fair
        let briefing = input.briefing
        var written: [String] = []
        for floorPlan in input.floorPlans {
            let name = "\(floorPlan.name).svg"
            let path = try ExportLocation.path(
                explicit: outputFolder.map { "\($0)/\(name)" }, subfolder: "demo", name: name)
            try SVGWriter.write(floorPlan.renderer.drawing(of: floorPlan.venue), toFile: path)
            written.append(path)
        }
        let folder = outputFolder ?? "\(ExportLocation.defaultFolder)/demo"
        let stamp = ExportClock.now()
        let exports: [ExportRequest] = [
            ExportRequest(
                plan: fair, lists: ListKind.allCases, format: .ods, output: "\(folder)/hoi-cho-danh-sach.ods",
                createdAt: stamp, version: version),
            ExportRequest(
                plan: briefing, lists: [.attendees, .programme], format: .ods,
                output: "\(folder)/hoi-nghi-danh-sach.ods", attendeeOrder: .protocol, createdAt: stamp,
                version: version),
            ExportRequest(
                plan: briefing, lists: [.programme], format: .frab, output: "\(folder)/hoi-nghi-schedule.xml",
                createdAt: stamp, version: version),
            ExportRequest(
                plan: briefing, lists: [.programme], format: .ics,
                output: "\(folder)/hoi-nghi-chuong-trinh.ics",
                createdAt: stamp, version: version),
        ]
        for request in exports {
            written += try Exporter.export(request)
        }
        let rule = String(repeating: "═", count: 100)
        var report = [
            PlanSummary(plan: fair).rendered(findingLimit: findingLimit),
            PlanSummary(plan: briefing).rendered(findingLimit: findingLimit),
        ].joined(separator: "\n\(rule)\n\n")
        report += "\n\(rule)\n\nĐỊA ĐIỂM (tệp trong Venues/)\n"
        for venue in [fair.venue, briefing.venue].compactMap({ $0 }) {
            report += "\n" + VenueSummary(venue: venue).rendered()
        }
        for section in input.sections {
            report += "\n\(rule)\n\n\(section)"
        }
        report += "\nĐã ghi sơ đồ mặt bằng và danh sách:\n" + written.map { "  \($0)\n" }.joined()
        return report
    }
}
