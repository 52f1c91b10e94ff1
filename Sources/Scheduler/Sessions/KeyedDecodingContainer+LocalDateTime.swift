import Planning

extension KeyedDecodingContainer {
    /// Decodes a date-time written as ISO 8601 text.
    func decodeLocalDateTime(forKey key: Key) throws -> LocalDateTime {
        let text = try decode(String.self, forKey: key)
        guard let value = LocalDateTime(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "Not an ISO 8601 local date-time: \(text)")
        }
        return value
    }
}
