import Planning

/// What `fairplan venue check` and `fairplan venue show` do, as library calls.
public enum VenueCheck {
    /// The outcome of checking venue files: a Vietnamese report and whether any file failed.
    public struct Report: Sendable {
        /// The text to print.
        public let text: String
        /// Whether at least one file has errors.
        public let failed: Bool
    }

    /// Checks each file (schema, then venue rules) and summarises the ones that pass.
    ///
    /// Every problem of every file is listed with its line; one bad file does not stop the others.
    public static func check(files: [String]) -> Report {
        var sections: [String] = []
        var failed = false
        for file in files {
            do {
                let result = try VenueReader.read(contentsOf: file)
                var text = "✔ \(file): hợp lệ\n" + VenueSummary(venue: result.venue).rendered()
                if !result.warnings.isEmpty {
                    text += "Cảnh báo (\(result.warnings.count)):\n"
                    text += result.warnings.map { "  \($0)" }.joined(separator: "\n") + "\n"
                }
                sections.append(text)
            } catch {
                failed = true
                let problems = error.problems
                sections.append(
                    "✘ \(file): \(problems.count) lỗi\n" + problems.map { "  \($0)" }.joined(separator: "\n")
                        + "\n")
            }
        }
        return Report(text: sections.joined(separator: "\n"), failed: failed)
    }

    /// Reads a venue, writes its floor plan as SVG and returns the summary with the path written.
    ///
    /// - Parameters:
    ///   - file: The venue file.
    ///   - svgPath: Where to write the SVG; `Exports/<venue id>.svg` when nil.
    public static func show(file: String, svgPath: String?) throws -> String {
        let result = try VenueReader.read(contentsOf: file)
        let path = try ExportLocation.path(explicit: svgPath, name: "\(result.venue.id.rawValue).svg")
        try SVGWriter.write(FloorPlanRenderer().drawing(of: result.venue), toFile: path)
        var text = VenueSummary(venue: result.venue).rendered()
        for warning in result.warnings {
            text += "Cảnh báo: \(warning)\n"
        }
        return text + "Đã ghi sơ đồ mặt bằng: \(path)\n"
    }
}
