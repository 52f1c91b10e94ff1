public import Planning

/// `fairplan demo`: the sample plans with the shipped venues, validated, summarised, and the
/// floor plans written to `Exports/demo/`.
///
/// The runner reads no clock: the time written into the exports is passed in.
public enum DemoRunner {
    /// The shipped venue the sample fair is held in.
    public static let fairVenue = "trung-tam-hoi-cho-quoc-gia"
    /// The shipped venue of the briefing's main connection point (and the cluster's 30 booths).
    public static let briefingVenue = "trung-tam-hoi-nghi-tinh"

    /// Runs the demo on prepared input (allocated, scheduled) and returns the report to print.
    ///
    /// The sections and floor plan notes are the caller's, worded by it; everything else, floor
    /// plans and lists included, is in `language`.
    public static func run(
        _ input: DemoInput, findingLimit: Int, outputFolder: String? = nil, version: String,
        now: LocalDateTime,
        language: Language
    ) throws -> String {
        let fair = input.fair
        let briefing = input.briefing
        // The demo's folder: created when missing (its own parent must exist when given).
        let folder = try ExportLocation.folder(explicit: outputFolder, name: "demo", option: "--output")
        var written: [String] = []
        for floorPlan in input.floorPlans {
            let name = "\(floorPlan.name).svg"
            let path = try ExportLocation.path(explicit: "\(folder)/\(name)", name: name)
            var renderer = floorPlan.renderer
            renderer.language = language
            try SVGWriter.write(
                renderer.drawing(of: floorPlan.venue, highlighting: floorPlan.highlighting?.rawValue),
                toFile: path)
            written.append(path)
        }
        let exports: [ExportRequest] = [
            ExportRequest(
                plan: fair, lists: ListKind.allCases, format: .ods, output: "\(folder)/hoi-cho-danh-sach.ods",
                createdAt: now, version: version, language: language),
            ExportRequest(
                plan: briefing, lists: [.attendees, .programme], format: .ods,
                output: "\(folder)/hoi-nghi-danh-sach.ods", attendeeOrder: .protocol, createdAt: now,
                version: version, language: language),
            ExportRequest(
                plan: briefing, lists: [.programme], format: .frab, output: "\(folder)/hoi-nghi-schedule.xml",
                createdAt: now, version: version, language: language),
            ExportRequest(
                plan: briefing, lists: [.programme], format: .ics,
                output: "\(folder)/hoi-nghi-chuong-trinh.ics",
                createdAt: now, version: version, language: language),
        ]
        for request in exports {
            written += try Exporter.export(request)
        }
        let rule = String(repeating: "═", count: 100)
        var report = [
            PlanSummary(plan: fair).rendered(findingLimit: findingLimit, in: language),
            PlanSummary(plan: briefing).rendered(findingLimit: findingLimit, in: language),
        ].joined(separator: "\n\(rule)\n\n")
        report += "\n\(rule)\n\n\(InterchangeMessage.demoVenuesHeading.text(language))\n"
        for venue in [fair.venue, briefing.venue].compactMap({ $0 }) {
            report += "\n" + VenueSummary(venue: venue).rendered(in: language)
        }
        for section in input.sections {
            report += "\n\(rule)\n\n\(section)"
        }
        report +=
            "\n\(InterchangeMessage.demoFilesWritten.text(language))\n" + written.map { "  \($0)\n" }.joined()
        return report
    }
}
