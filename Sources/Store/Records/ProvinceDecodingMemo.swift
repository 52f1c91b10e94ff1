import Planning

/// The province reference of each JSON text met while reading many rows, decoded once: a
/// national registry's organisations and people name a few dozen provinces, and decoding each
/// row's JSON was a fifth of listing them.
///
/// Texts are told apart by their bytes, so a reference reads exactly as decoding its own JSON
/// gives. Used by one read at a time.
final class ProvinceDecodingMemo {
    /// The reference of each JSON text met, by its bytes.
    private var decoded: [[UInt8]: ProvinceReference] = [:]

    /// The reference `json` holds, as `JSONColumn.decode` gives it.
    func province(_ json: String, entity: StoredEntity, id: String) throws -> ProvinceReference {
        let key = Array(json.utf8)
        if let province = decoded[key] { return province }
        let province = try JSONColumn.decode(ProvinceReference.self, from: json, entity: entity, id: id)
        if decoded.count < 4_096 { decoded[key] = province }
        return province
    }
}
