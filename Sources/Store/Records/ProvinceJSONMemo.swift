import Planning

/// The JSON of each province reference met while writing one batch, encoded once: a national
/// registry's 40,000 organisations and people name a few dozen provinces, and `JSONEncoder` was a
/// tenth of writing them.
///
/// References are told apart by their bytes, so two spellings Swift would compare equal (NFC and
/// NFD) keep their own JSON, exactly as encoding each would give.
struct ProvinceJSONMemo {
    /// A reference by its bytes.
    private struct Key: Hashable {
        let written: [UInt8]
        let code: ProvinceCode?
        let formerCode: ProvinceCode?
    }

    /// The JSON of each reference met.
    private var encoded: [Key: String] = [:]

    /// The JSON of `province`, as `JSONColumn.encode` gives it.
    mutating func json(_ province: ProvinceReference) throws -> String {
        let key = Key(
            written: Array(province.written.utf8), code: province.code, formerCode: province.formerCode)
        if let json = encoded[key] { return json }
        let json = try JSONColumn.encode(province)
        encoded[key] = json
        return json
    }
}
