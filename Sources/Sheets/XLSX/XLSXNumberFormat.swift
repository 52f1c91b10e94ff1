/// What a cell's number format makes of its number, read from `xl/styles.xml`: a serial date,
/// date and time, time of day or duration, a percentage, or a plain number.
enum XLSXNumberFormat: Hashable, Sendable {
    /// A plain number (General, `0.00`, `#,##0`, `@`...).
    case general
    /// A day: the whole part of a serial number (`dd/mm/yyyy`, built-in 14–17).
    case date
    /// A day and a time (`dd/mm/yyyy hh:mm`, built-in 22).
    case dateTime
    /// A time of day or a duration (`hh:mm`, `[h]:mm:ss`, built-in 18–21 and 45–47).
    case time
    /// A percentage (`0%`, `0.00%`, built-in 9 and 10).
    case percentage

    /// The kind of a built-in format id (0–163) that the workbook does not define itself.
    static func builtIn(_ id: Int) -> Self {
        switch id {
        case 9, 10: .percentage
        case 14...17, 27...31, 34...36, 50...54, 57, 58: .date
        case 18...21, 32, 33, 45...47, 55, 56: .time
        case 22: .dateTime
        default: .general
        }
    }

    /// The kind of a format code, from its first section: days (`d`, `y`, an `m` with no hour or
    /// second beside it, eras), times (`h`, `s`, `AM/PM`, elapsed `[h]`, `[mm]`, `[ss]`), a `%`.
    /// Quoted text, escaped characters, padding and other bracketed parts (colours, conditions,
    /// locales such as `[$-42A]`) are ignored; `General` and scientific `E+` are not dates.
    static func classify(_ code: String) -> Self {
        let characters = Array(code.lowercased())
        if code.lowercased().hasPrefix("general") { return .general }
        var hasDay = false
        var hasTime = false
        var hasMonthOrMinute = false
        var hasPercent = false
        var index = 0
        scan: while index < characters.count {
            let character = characters[index]
            switch character {
            case ";":
                break scan
            case "\"":
                index += 1
                while index < characters.count, characters[index] != "\"" { index += 1 }
            case "\\", "_", "*":
                index += 1
            case "[":
                var inside = ""
                index += 1
                while index < characters.count, characters[index] != "]" {
                    inside.append(characters[index])
                    index += 1
                }
                if !inside.isEmpty, inside.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }),
                    Set(inside).count == 1
                {
                    hasTime = true
                }
            case "a" where Self.matches(characters, at: index, "am/pm"):
                hasTime = true
                index += 4
            case "a" where Self.matches(characters, at: index, "a/p"):
                hasTime = true
                index += 2
            case "e"
            where index + 1 < characters.count
                && (characters[index + 1] == "+" || characters[index + 1] == "-"):
                index += 1
            case "d", "y", "e", "g", "b":
                hasDay = true
            case "h", "s":
                hasTime = true
            case "m":
                hasMonthOrMinute = true
            case "%":
                hasPercent = true
            default:
                break
            }
            index += 1
        }
        if hasMonthOrMinute && !hasTime { hasDay = true }
        switch (hasDay, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return hasPercent ? .percentage : .general
        }
    }

    private static func matches(_ characters: [Character], at index: Int, _ word: String) -> Bool {
        let word = Array(word)
        guard index + word.count <= characters.count else { return false }
        return Array(characters[index..<index + word.count]) == word
    }
}
