import Foundation
public import Planning

/// Reads the values people type, in a command or a form: dates, times, spans, lists, services,
/// provinces, product sets. A value that cannot be read is a ``WorkflowError/invalidValue(_:value:expected:)``
/// naming the field.
public enum WrittenValue {
    /// A date written `dd/mm/yyyy` or `yyyy-mm-dd`.
    public static func date(_ text: String, field: InputField) throws(WorkflowError) -> CalendarDate {
        guard let date = CalendarDate(vietnamese: text) ?? CalendarDate(iso: text) else {
            throw .invalidValue(field, value: text, expected: .date)
        }
        return date
    }

    /// A time of day written `08:00` or `8h30`.
    public static func time(_ text: String, field: InputField) throws(WorkflowError) -> TimeOfDay {
        guard let time = TimeOfDay(text) else { throw .invalidValue(field, value: text, expected: .time) }
        return time
    }

    /// A date and time written `dd/mm/yyyy hh:mm` (or an ISO date), in +07:00.
    public static func dateTime(_ text: String, field: InputField) throws(WorkflowError) -> LocalDateTime {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 2, let day = CalendarDate(vietnamese: parts[0]) ?? CalendarDate(iso: parts[0]),
            let time = TimeOfDay(parts[1])
        else {
            throw .invalidValue(field, value: text, expected: .dateTime)
        }
        return LocalDateTime(date: day, time: time)
    }

    /// A span of one day written `dd/mm/yyyy hh:mm-hh:mm`.
    public static func range(_ text: String, field: InputField) throws(WorkflowError) -> TimeRange {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let hours = parts.count == 2 ? parts[1].split(separator: "-").map(String.init) : []
        guard hours.count == 2, let day = CalendarDate(vietnamese: parts[0]) ?? CalendarDate(iso: parts[0]),
            let from = TimeOfDay(hours[0]), let to = TimeOfDay(hours[1])
        else {
            throw .invalidValue(field, value: text, expected: .timeRange)
        }
        guard
            let range = TimeRange(
                start: LocalDateTime(date: day, time: from), end: LocalDateTime(date: day, time: to))
        else {
            throw .invalidValue(field, value: text, expected: .endAfterStart)
        }
        return range
    }

    /// The items of repeated or comma-separated values (`a`, `b` or `a,b`), trimmed, empty ones
    /// left out.
    public static func items(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { VietnameseText.normalized(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// The items of repeated or comma-separated values, where a value naming something whole
    /// (`isWhole`: a session titled «Khai mạc, giới thiệu đại biểu») is one item, commas and
    /// all; other values are split at their commas, as ``items(_:)`` does.
    public static func items(_ values: [String], keepingWhole isWhole: (String) -> Bool) -> [String] {
        values.flatMap { value -> [String] in
            let whole = VietnameseText.normalized(value)
            if whole.contains(","), isWhole(whole) { return [whole] }
            return value.split(separator: ",").map { VietnameseText.normalized(String($0)) }
        }
        .filter { !$0.isEmpty }
    }

    /// Booth services written `water,cold-storage` or in Vietnamese (`nước`, `kho lạnh`, `điện`).
    public static func services(_ values: [String]) throws(WorkflowError) -> Set<BoothService> {
        var services: Set<BoothService> = []
        for written in items(values) {
            let key = NameKey.folded(written)
            guard
                let service = BoothService(rawValue: written)
                    ?? BoothService.allCases.first(where: {
                        NameKey.folded($0.name(.vietnamese)) == key || NameKey.folded($0.rawValue) == key
                    })
            else {
                throw .invalidValue(.services, value: written, expected: .service)
            }
            services.insert(service)
        }
        return services
    }

    /// A province that must resolve to a 2025 unit; an unknown name is refused with suggestions.
    public static func province(_ text: String, field: InputField) throws(WorkflowError) -> ProvinceReference
    {
        let reference = ProvinceReference(text)
        guard reference.code != nil else {
            let suggestions = ProvinceDirectory.suggestions(for: text, limit: 3).map(\.name)
            throw .invalidValue(field, value: text, expected: .province(suggestions: suggestions))
        }
        return reference
    }

    /// An OCOP product set named by its name, «Bộ sản phẩm số N», or a part only one set's name
    /// holds; an ambiguous part lists the candidates.
    public static func productSet(_ text: String) throws -> OCOPClassification {
        if let found = OCOPCatalogue.classify(text) { return found }
        let candidates = OCOPCatalogue.productSets(matching: text)
        if candidates.count == 1 { return .productSet(candidates[0].number) }
        if candidates.count > 1 {
            throw PlanningError.ambiguous(
                .productSet, written: text, candidates: candidates.map { "\($0.number). \($0.name)" })
        }
        throw WorkflowError.invalidValue(.productSet, value: text, expected: .productSet)
    }

    /// An OCOP issuing level written in English or Vietnamese, with or without diacritics:
    /// `province`, «cấp tỉnh», «UBND tỉnh», `district`, «cấp huyện», `central`, «trung ương».
    public static func issuingLevel(_ text: String) throws(WorkflowError) -> IssuingLevel {
        let words = Set(VietnameseText.searchKey(text).split(separator: " ").map(String.init))
        let levels: [(IssuingLevel, Set<String>)] = [
            (.district, ["huyen", "district"]), (.province, ["tinh", "province", "provincial"]),
            (.central, ["central", "trung", "uong", "quoc", "national"]),
        ]
        let found = levels.filter { !$0.1.isDisjoint(with: words) }.map(\.0)
        guard text.count <= 100, found.count == 1, let level = found.first else {
            throw .invalidValue(.issuingLevel, value: String(text.prefix(100)), expected: .issuingLevel)
        }
        return level
    }

    /// Yes or no written in Vietnamese or English (có / không, yes / no, x, 1 / 0).
    public static func yesOrNo(_ text: String, field: InputField) throws(WorkflowError) -> Bool {
        switch VietnameseText.searchKey(text) {
        case "co", "yes", "x", "1", "true", "dung": return true
        case "khong", "no", "0", "false", "": return false
        default: throw .invalidValue(field, value: String(text.prefix(100)), expected: .yesOrNo)
        }
    }

    /// A registration status written in English (`pending`) or Vietnamese (`chờ xác nhận`).
    public static func registrationStatus(_ text: String) throws(WorkflowError) -> RegistrationStatus {
        let key = NameKey.folded(text)
        guard
            let status = RegistrationStatus(rawValue: text)
                ?? RegistrationStatus.allCases.first(where: { NameKey.folded($0.name(.vietnamese)) == key })
        else {
            throw .invalidValue(.status, value: text, expected: .registrationStatus)
        }
        return status
    }

    /// A booth state written in English (`available`) or Vietnamese.
    public static func boothState(_ text: String) throws(WorkflowError) -> BoothState {
        let key = NameKey.folded(text)
        guard
            let state = BoothState(rawValue: text)
                ?? BoothState.allCases.first(where: { NameKey.folded($0.name(.vietnamese)) == key })
        else {
            throw .invalidValue(.status, value: text, expected: .boothState)
        }
        return state
    }

    /// Refuses a command line holding a value longer than ``Limits/maximumTextLength`` characters
    /// (no name, note, path or identifier is that long), before anything reads it: names the
    /// option of a `--option=value`, else the argument's place on the line (from 1).
    public static func checkLengths(ofCommandLine arguments: [String]) throws(WorkflowError) {
        let maximum = Limits.maximumTextLength
        for (index, argument) in arguments.enumerated() where argument.utf8.count > maximum {
            var option: String?
            var value = Substring(argument)
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                option = String(argument[..<equals])
                value = argument[argument.index(after: equals)...]
            }
            let characters = value.count
            if characters > maximum {
                throw .textTooLong(
                    option: option, position: index + 1, characters: characters, maximum: maximum)
            }
        }
    }

    /// A whole number typed as text (spaces around it ignored), within `range`.
    public static func integer(_ text: String, field: InputField, in range: ClosedRange<Int>)
        throws(WorkflowError) -> Int
    {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 20, let value = Int(trimmed) else {
            throw .invalidValue(
                field, value: String(text.prefix(100)),
                expected: .integer(minimum: range.lowerBound, maximum: range.upperBound))
        }
        return try integer(value, field: field, in: range)
    }

    /// A whole number within `range`.
    public static func integer(_ value: Int, field: InputField, in range: ClosedRange<Int>)
        throws(WorkflowError) -> Int
    {
        guard range.contains(value) else {
            throw .invalidValue(
                field, value: String(value),
                expected: .integer(minimum: range.lowerBound, maximum: range.upperBound))
        }
        return value
    }
}
