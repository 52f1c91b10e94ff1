extension RegistrationCode {
    /// The code a spreadsheet meant when it stored the code as a number and dropped its leading
    /// zero: nine digits (with an optional `-NNN` branch) not starting with 0 become «0» + digits.
    /// Nil for anything else, including a well-formed code.
    public static func restoringLostLeadingZero(_ text: String) -> RegistrationCode? {
        let trimmed = text.trimmingWhitespace()
        let main = trimmed.prefix { $0 != "-" }
        guard main.count == 9, main.allSatisfy(\.isASCIIDigit), !main.hasPrefix("0") else { return nil }
        return RegistrationCode("0" + trimmed)
    }
}
