/// A provincial code together with the scheme (era) it belongs to.
///
/// Codes were reused when the 63 provinces became 34 units on 1 July 2025: "24" is Bắc Ninh now but
/// was Bắc Giang before. A code therefore always travels with its scheme, and codes of different
/// schemes never compare equal.
public struct ProvinceCode: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The coding scheme a provincial code belongs to.
    public enum Scheme: String, CaseIterable, Codable, Hashable, Sendable {
        /// The 34 units in force since 1 July 2025.
        case y2025
        /// The 63 provinces before 1 July 2025.
        case pre2025

        /// A short label for the scheme in `language`: "34 tỉnh, thành (từ 01/7/2025)".
        public func name(_ language: Language) -> String {
            PlanningMessage.provinceScheme(self).text(language)
        }
    }

    /// The scheme the code belongs to.
    public let scheme: Scheme
    /// The code: two digits, with its leading zero ("01" for Hà Nội).
    public let code: String

    /// Creates a code; a one-digit code such as "1" gets its leading zero back.
    public init(scheme: Scheme, code: String) {
        let trimmed = VietnameseText.normalized(code)
        self.scheme = scheme
        if trimmed.count == 1, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber) {
            self.code = "0" + trimmed
        } else {
            self.code = trimmed
        }
    }

    /// A code of the 2025 scheme (34 units).
    public static func y2025(_ code: String) -> ProvinceCode {
        ProvinceCode(scheme: .y2025, code: code)
    }

    /// A code of the pre-2025 scheme (63 provinces).
    public static func pre2025(_ code: String) -> ProvinceCode {
        ProvinceCode(scheme: .pre2025, code: code)
    }

    /// The code with its scheme, for example "24 (y2025)".
    public var description: String {
        "\(code) (\(scheme.rawValue))"
    }
}
