import Foundation

/// JSON for other tools: sorted keys, pretty-printed, UTF-8 without escaped slashes.
enum JSONOutput {
    /// The value as JSON text.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
