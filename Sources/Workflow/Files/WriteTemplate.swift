public import Interchange
public import Planning

/// Writes the registration template (instructions, organisations, products, delegates, the OCOP
/// product sets) in the language asked for: one workbook (ODS, FODS) or a CSV file per sheet.
public struct WriteTemplate: Sendable {
    /// The formats the template is written in.
    static let formats: [ExportFormat] = [.ods, .fods, .xlsx, .csv]

    /// The use case.
    public init() {}

    /// Writes the template; returns the paths written.
    public func run(
        format: ExportFormat, output: String?, language: Language, now: LocalDateTime, version: String
    ) throws -> [String] {
        guard Self.formats.contains(format) else {
            throw WorkflowError.invalidValue(.format, value: format.rawValue, expected: .templateFormat)
        }
        return try RegistrationTemplate.write(
            format: format, output: output, language: language, created: now, version: version)
    }
}
