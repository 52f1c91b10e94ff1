import Foundation

/// The JSON text stored in a plan file's `*_json` columns: sorted keys, so equal values give equal
/// text.
enum JSONColumn {
    /// Encodes a value to JSON text.
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Encodes an optional value; nil stays nil.
    static func encode<Value: Encodable>(_ value: Value?) throws -> String? {
        try value.map { try encode($0) }
    }

    /// Decodes JSON text, naming the row when it does not decode.
    static func decode<Value: Decodable>(
        _ type: Value.Type, from text: String, entity: StoredEntity, id: String
    ) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.corruptData(entity, id: id, reason: .unreadableJSON(detail: "\(error)"))
        }
    }

    /// Decodes optional JSON text; nil stays nil.
    static func decode<Value: Decodable>(
        _ type: Value.Type, from text: String?, entity: StoredEntity, id: String
    ) throws -> Value? {
        try text.map { try decode(type, from: $0, entity: entity, id: id) }
    }
}
