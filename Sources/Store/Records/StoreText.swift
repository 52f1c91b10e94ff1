import Planning

/// How dates, times and enumerations are written in plain text columns, so they sort and read
/// in SQL.
enum StoreText {
    /// A local date-time as `2026-12-04T08:00` (sorts as text in time order).
    static func text(_ value: LocalDateTime) -> String {
        "\(value.date.iso)T\(value.time)"
    }

    /// Parses a local date-time written by ``text(_:)-(LocalDateTime)``.
    static func localDateTime(_ text: String, entity: StoredEntity, id: String) throws -> LocalDateTime {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])),
            let time = TimeOfDay(String(parts[1]))
        else {
            throw StoreError.corruptData(entity, id: id, reason: .invalidTimestamp(text))
        }
        return LocalDateTime(date: date, time: time)
    }

    /// Parses an optional local date-time.
    static func localDateTime(_ text: String?, entity: StoredEntity, id: String) throws -> LocalDateTime? {
        try text.map { try localDateTime($0, entity: entity, id: id) }
    }

    /// Parses a calendar date in ISO form.
    static func date(_ text: String?, entity: StoredEntity, id: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw StoreError.corruptData(entity, id: id, reason: .invalidDate(text))
        }
        return date
    }

    /// Reads an enumeration from its raw value.
    static func value<Value: RawRepresentable>(
        _ type: Value.Type, _ raw: String, entity: StoredEntity, id: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else {
            throw StoreError.corruptData(entity, id: id, reason: .invalidValue(raw))
        }
        return value
    }
}
