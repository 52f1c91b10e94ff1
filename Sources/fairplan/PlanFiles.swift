import Foundation
import Interchange
import Planning
import Store

/// Creates plan files and changes their venue: the library calls behind `fairplan init`,
/// `fairplan venue use` and the demo's plan file.
enum PlanFiles {
    /// What `fairplan init` was asked for.
    struct NewPlan {
        /// The path of the new file (`*.fairplan`).
        var path: String
        /// The event's identifier; made from the name when nil.
        var eventID: String?
        /// The event's name.
        var name: String
        /// Fair, conference or hybrid conference.
        var kind: EventKind
        /// The organiser.
        var organiser: String
        /// The host province as typed.
        var province: String
        /// The first and last day as typed (dd/mm/yyyy or yyyy-mm-dd).
        var from: String
        /// The last day as typed.
        var to: String
        /// Opening and closing time every day, as typed.
        var opens: String
        /// The closing time.
        var closes: String
        /// A venue file to read and set, when given.
        var venue: String?
    }

    /// The longest event, in days.
    static let maximumDays = 31

    /// Creates a plan file (refusing an existing one) with its event and, when given, its venue, in
    /// one transaction; returns the lines to print.
    static func create(_ request: NewPlan) throws -> [String] {
        guard request.path.hasSuffix(".\(PlanStore.fileExtension)") else {
            throw WorkflowError.wrongExtension(path: request.path)
        }
        let first = try CommandValues.date(request.from, option: "--from")
        let last = try CommandValues.date(request.to, option: "--to")
        let opens = try CommandValues.time(request.opens, option: "--opens")
        let closes = try CommandValues.time(request.closes, option: "--closes")
        guard first <= last, last.daysSince(first) < maximumDays else {
            throw WorkflowError.invalidValue(
                option: "--to", value: request.to,
                expected:
                    "ngày kết thúc phải từ ngày bắt đầu (\(first.vietnamese)) và sự kiện dài tối đa \(maximumDays) ngày"
            )
        }
        guard opens < closes else {
            throw WorkflowError.invalidValue(
                option: "--closes", value: request.closes,
                expected: "giờ đóng cửa phải sau giờ mở cửa \(opens)")
        }
        let days = (0...last.daysSince(first)).map {
            EventDay(date: first.adding(days: $0), opens: opens, closes: closes)
        }
        var maker = IdentifierMaker(taken: [])
        let event = Event(
            id: Identifier(request.eventID ?? maker.make(prefix: "sk", from: request.name)),
            name: request.name,
            kind: request.kind, organiser: request.organiser,
            province: try CommandValues.province(request.province, option: "--province"), days: days)
        var plan = Plan(event: event)
        var lines: [String] = []
        if let venuePath = request.venue {
            let read = try VenueReader.read(contentsOf: venuePath)
            plan.venue = read.venue
            lines += read.warnings.map(\.description)
        }
        let store = try PlanStore.create(at: request.path, plan: plan)
        try store.close()
        lines.append(
            "Đã tạo tệp kế hoạch \(request.path): \(event.name) (\(event.kind.vietnameseName)), "
                + "\(first.vietnamese)–\(last.vietnamese), \(event.province.officialName).")
        if let venue = plan.venue {
            lines.append(
                "Địa điểm: \(venue.name), \(venue.booths.count) gian hàng, \(venue.rooms.count) phòng.")
        }
        return lines
    }

    /// Reads a venue file (schema and venue rules) and sets it as the plan's venue; returns the
    /// warnings and a summary to print.
    static func useVenue(file: String, store: PlanStore) throws -> [String] {
        let read = try VenueReader.read(contentsOf: file)
        try store.setVenue(read.venue)
        return read.warnings.map(\.description) + [
            "Đã đặt địa điểm cho \(store.path): \(read.venue.name) (\(read.venue.booths.count) gian hàng, "
                + "\(read.venue.rooms.count) phòng).",
            "",
            VenueSummary(venue: read.venue).rendered(),
        ]
    }

    /// Writes one of the demo's plan files (`hoi-cho` for the sample fair, `hoi-nghi` for the
    /// briefing) into `folder`, replacing an earlier one, and returns its path.
    static func writeDemo(_ plan: Plan, named stem: String = "hoi-cho", folder: String?) throws -> String {
        let name = "\(stem).\(PlanStore.fileExtension)"
        let path = try ExportLocation.path(
            explicit: folder.map { "\($0)/\(name)" }, subfolder: "demo", name: name)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        let store = try PlanStore.create(at: path, plan: plan)
        try store.close()
        return path
    }
}
