/// A Vietnamese phone number, checked and printed in one form.
///
/// Accepts what people type: `0912 345 678`, `0912.345.678`, `+84 912 345 678`, `(028) 3823 4567`.
/// Mobile numbers have 10 digits (`09x`, `03x`, `05x`, `07x`, `08x`); landlines 11, starting
/// `02`: Hà Nội's and Hồ Chí Minh City's three-digit area codes (`024`, `028`) with eight digits
/// (`028 3823 4567`), every other province's four-digit one with seven (`0236 3822 123`).
public struct PhoneNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The national form: 10 (mobile) or 11 (landline) digits starting with 0.
    public let national: String

    /// Parses a number as typed; nil when it is not a Vietnamese number.
    public init?(_ text: String) {
        var digits = ""
        var sawPlus = false
        for character in text.trimmingWhitespace() {
            if character.isASCIIDigit {
                digits.append(character)
            } else if character == "+" && digits.isEmpty && !sawPlus {
                sawPlus = true
            } else if " .-()".contains(character) {
                continue
            } else {
                return nil
            }
        }
        if sawPlus {
            guard digits.hasPrefix("84") else { return nil }
            digits = "0" + digits.dropFirst(2)
        } else if digits.hasPrefix("84") && (digits.count == 11 || digits.count == 12) {
            digits = "0" + digits.dropFirst(2)
        }
        guard digits.hasPrefix("0"), let second = digits.dropFirst().first else { return nil }
        let mobile = digits.count == 10 && "35789".contains(second)
        let landline = digits.count == 11 && second == "2"
        guard mobile || landline else { return nil }
        national = digits
    }

    /// The number grouped for print: `0912 345 678`; a landline by its area code, `028 3823 4567`
    /// or `0236 3822 123`.
    public var description: String {
        let characters = Array(national)
        if characters.count == 11 {
            let code = national.hasPrefix("024") || national.hasPrefix("028") ? 3 : 4
            return String(characters[0..<code]) + " " + String(characters[code..<code + 4]) + " "
                + String(characters[(code + 4)...])
        }
        return String(characters[0..<4]) + " " + String(characters[4..<7]) + " " + String(characters[7...])
    }

    /// The international form, e.g. `+84912345678`.
    public var international: String { "+84" + national.dropFirst() }
}
