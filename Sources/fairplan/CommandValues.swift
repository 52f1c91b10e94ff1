import Foundation
import Planning

/// Reads the values organisers type on the command line: dates, times, lists.
enum CommandValues {
    /// A date written `dd/mm/yyyy` or `yyyy-mm-dd`.
    static func date(_ text: String, option: String) throws -> CalendarDate {
        guard let date = CalendarDate(vietnamese: text) ?? CalendarDate(iso: text) else {
            throw WorkflowError.invalidValue(
                option: option, value: text, expected: "ghi ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd")
        }
        return date
    }

    /// A time of day written `08:00` or `8h30`.
    static func time(_ text: String, option: String) throws -> TimeOfDay {
        guard let time = TimeOfDay(text) else {
            throw WorkflowError.invalidValue(
                option: option, value: text, expected: "ghi giờ dạng HH:MM, ví dụ 08:00")
        }
        return time
    }

    /// A date and time written `dd/mm/yyyy hh:mm` (or ISO date), in +07:00.
    static func dateTime(_ text: String, option: String) throws -> LocalDateTime {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 2 else {
            throw WorkflowError.invalidValue(
                option: option, value: text, expected: "ghi ngày giờ dạng \"dd/mm/yyyy hh:mm\"")
        }
        return LocalDateTime(
            date: try date(parts[0], option: option), time: try time(parts[1], option: option))
    }

    /// A span of one day written `dd/mm/yyyy hh:mm-hh:mm`.
    static func range(_ text: String, option: String) throws -> TimeRange {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let hours = parts.count == 2 ? parts[1].split(separator: "-").map(String.init) : []
        guard hours.count == 2 else {
            throw WorkflowError.invalidValue(
                option: option, value: text, expected: "ghi khoảng giờ dạng \"dd/mm/yyyy hh:mm-hh:mm\"")
        }
        let day = try date(parts[0], option: option)
        let start = LocalDateTime(date: day, time: try time(hours[0], option: option))
        let end = LocalDateTime(date: day, time: try time(hours[1], option: option))
        guard let range = TimeRange(start: start, end: end) else {
            throw WorkflowError.invalidValue(
                option: option, value: text, expected: "giờ kết thúc phải sau giờ bắt đầu")
        }
        return range
    }

    /// The items of repeated or comma-separated options (`--share a --share b`, `--share a,b`),
    /// trimmed, empty ones left out.
    static func items(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Booth services written `water,cold-storage` or in Vietnamese (`nước`, `kho lạnh`, `điện`).
    static func services(_ values: [String]) throws -> Set<BoothService> {
        try Set(
            items(values).map { written in
                if let service = BoothService(rawValue: written) { return service }
                let key = VietnameseText.searchKey(written)
                if let service = BoothService.allCases.first(where: {
                    VietnameseText.searchKey($0.vietnameseName) == key
                }) {
                    return service
                }
                throw WorkflowError.invalidValue(
                    option: "--services", value: written,
                    expected: "dùng "
                        + BoothService.allCases.map { "\($0.rawValue) (\($0.vietnameseName))" }.joined(
                            separator: ", "))
            })
    }

    /// A province that must resolve to a 2025 unit; an unknown name is refused with suggestions.
    static func province(_ text: String, option: String) throws -> ProvinceReference {
        let reference = ProvinceReference(text)
        guard reference.code != nil else {
            let suggestions = ProvinceDirectory.suggestions(for: text, limit: 3).map(\.name)
            throw WorkflowError.invalidValue(
                option: option, value: text,
                expected: "không nhận ra tỉnh/thành phố"
                    + (suggestions.isEmpty ? "" : "; có phải: \(suggestions.joined(separator: ", "))?"))
        }
        return reference
    }

    /// Prints a line now (so a process watching the output sees it before a long step).
    static func announce(_ line: String) {
        print(line)
        fflush(nil)
    }
}
