import Foundation
import Planning

/// ArgumentParser's own wording (help headings, its built-in options, its parse errors) in the
/// run's language.
///
/// ArgumentParser words these in English; for Vietnamese, each fixed phrase of swift-argument-parser
/// 1.8's help and error templates is replaced. Option names, values and the commands' own texts
/// (already in the run's language) are left alone.
enum ParserWording {
    /// Fixed phrases, English → Vietnamese, longest first where one contains another.
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"),
        ("USAGE:", "CÁCH DÙNG:"),
        ("ARGUMENTS:", "THAM SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
        ("Show help information.", "Xem hướng dẫn."),
        ("Show the version.", "Xem phiên bản."),
        ("(default as flag: ", "(mặc định khi ghi cờ: "),
        ("(default: ", "(mặc định: "),
        ("(values: ", "(giá trị: "),
        ("; default: ", "; mặc định: "),
        ("for detailed help.", "để xem hướng dẫn chi tiết."),
        ("for more information.", "để biết thêm."),
        ("  See '", "  Xem '"),
        ("See '", "Xem '"),
        ("Usage: ", "Cách dùng: "),
        ("Help:  ", "Hướng dẫn:  "),
        ("Missing expected argument '", "Thiếu tham số bắt buộc '"),
        ("Missing value for '", "Thiếu giá trị cho '"),
        ("Missing one of: '", "Cần một trong: '"),
        ("Missing required subcommand.", "Thiếu lệnh con."),
        ("Unknown option '", "Không có tùy chọn '"),
        ("'. Did you mean '", "'. Có phải '"),
        ("Unexpected argument '", "Tham số thừa '"),
        (" unexpected arguments: '", " tham số thừa: '"),
        ("The value '", "Giá trị '"),
        ("' is invalid for '", "' không hợp lệ cho '"),
        ("' is invalid.", "' không hợp lệ."),
        (". Please provide one of the following:", ". Hãy dùng một trong các giá trị sau:"),
        (". Please provide one of ", ". Hãy dùng một trong "),
        ("' and '", "' và '"),
        ("' or '", "' hoặc '"),
        ("The option '", "Tùy chọn '"),
        ("' does not take any value, but '", "' không nhận giá trị, nhưng lại có '"),
        ("' was specified.", "'."),
        ("Value to be set with ", "Giá trị ghi bằng "),
        (" had already been set with ", " đã được ghi bằng "),
        ("Invalid option: ", "Tùy chọn không hợp lệ: "),
        ("Error: ", "Lỗi: "),
        (numberTooLarge, ": số quá lớn (hãy ghi một số nguyên trong khoảng tùy chọn này nhận)"),
        (numberTooSmall, ": số quá nhỏ (hãy ghi một số nguyên trong khoảng tùy chọn này nhận)"),
        (numberNegative, ": hãy ghi một số nguyên từ 0 trở lên"),
        (notWholeNumber, ": hãy ghi một số nguyên chỉ gồm chữ số, ví dụ 1000"),
    ]

    /// The phrases ArgumentParser appends to an option's help, which its wrapping may split over
    /// two lines: a regular expression → its Vietnamese template (`$1`, `$2` keep the breaks).
    static let wrappedPhrases: [(String, String)] = [
        (#"\(default(\s+)as(\s+)flag:"#, "(mặc định$1khi ghi$2cờ:"),
        (#"\(default:(\s)"#, "(mặc định:$1"),
        (#";(\s+)default:(\s)"#, ";$1mặc định:$2"),
        (#"\(values:(\s)"#, "(giá trị:$1"),
    ]

    /// ArgumentParser's «The value 'X' is invalid for '--option <option>'» with the reason a
    /// number typed there was refused (QA 41 #9): too large or too small for a whole number, not
    /// a whole number at all (`1e20`, `2,5`), or negative where only 0 and up are read (`--seed
    /// -1`). Other errors are returned as they are. English; ``localized(_:in:)`` words it.
    static func explained(_ text: String) -> String {
        let pattern = #"The value '([^']*)' is invalid for '([^']*)'"#
        guard let match = text.range(of: pattern, options: .regularExpression) else { return text }
        let found = String(text[match])
        let value = found.dropFirst("The value '".count).prefix { $0 != "'" }
        let digits = value.hasPrefix("-") || value.hasPrefix("+") ? value.dropFirst() : value[...]
        let reason: String
        let isInteger = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        if isInteger && Int64(value) == nil {
            reason = value.hasPrefix("-") ? numberTooSmall : numberTooLarge
        } else if isInteger && value.hasPrefix("-") {
            // A whole number that fits, refused: negative where only 0 and up are read.
            reason = numberNegative
        } else if !isInteger && value.contains(where: \.isNumber)
            && Double(value.replacingOccurrences(of: ",", with: "."))?.isFinite == true
        {
            reason = notWholeNumber
        } else {
            // A value of another kind (a word, a whole number for a list of names): the
            // parser's own message says what is wanted.
            return text
        }
        return text.replacingOccurrences(of: found, with: found + reason)
    }

    static let numberTooLarge = ": the number is too large (write a whole number in the option's range)"
    static let numberTooSmall = ": the number is too small (write a whole number in the option's range)"
    static let numberNegative = ": write a whole number from 0 up"
    static let notWholeNumber = ": write a whole number in digits only, such as 1000"

    /// `text` (help or an error from ArgumentParser) in `language`.
    static func localized(_ text: String, in language: Language) -> String {
        guard language == .vietnamese else { return text }
        var result = text
        // The help's line wrapping may break a phrase after any word: those of the option lists
        // are matched across line breaks, keeping the break and its indentation.
        for (english, vietnamese) in wrappedPhrases {
            result = result.replacingOccurrences(of: english, with: vietnamese, options: .regularExpression)
        }
        for (english, vietnamese) in phrases {
            result = result.replacingOccurrences(of: english, with: vietnamese)
        }
        return result
    }
}
