import Planning

extension InterchangeMessage {
    /// Changes as a list: `Tên viết tắt «HTX A» → «HTX B»; Số thành viên «12» → «15»` (an empty
    /// value as «(trống)» / «(empty)»).
    static func changeList(_ changes: [RegistrationChange], in language: Language) -> String {
        let empty = language == .vietnamese ? "(trống)" : "(empty)"
        return changes.map { change in
            let header = language == .vietnamese ? header(change.field) : englishHeader(change.field)
            let old = change.old.map { "«\($0.text(language))»" } ?? empty
            let new = change.new.map { "«\($0.text(language))»" } ?? empty
            return "\(header) \(old) → \(new)"
        }
        .joined(separator: "; ")
    }

    /// Other rows: `dòng 7, 9` / `rows 7, 9`, each with its file and sheet when not the row's own
    /// (`b.ods › Tổ chức › dòng 4`).
    static func rowList(_ rows: [RegistrationRowReference], in language: Language) -> String {
        let word = language == .vietnamese ? "dòng" : (rows.count == 1 ? "row" : "rows")
        guard rows.allSatisfy({ $0.file == nil && $0.sheet == nil }) else {
            return rows.map { reference in
                let row = language == .vietnamese ? "dòng \(reference.row)" : "row \(reference.row)"
                return ([reference.file, reference.sheet].compactMap { $0 } + [row]).joined(separator: " › ")
            }
            .joined(separator: ", ")
        }
        return "\(word) \(rows.map { String($0.row) }.joined(separator: ", "))"
    }

    /// The natural key two rows share, in Vietnamese: `cùng mã số 0123456789`.
    static func keyText(_ key: RegistrationKey) -> String {
        switch key {
        case .registrationCode(let code): "cùng mã số \(code)"
        case .nameAndProvince(let name, let province): "cùng tên «\(name)» ở \(province)"
        case .product(let name, let owner): "cùng sản phẩm «\(name)» của «\(owner)»"
        case .person(let name, let organisation):
            "cùng đại biểu «\(name)»" + (organisation.map { " của «\($0)»" } ?? "")
                + ", cùng điện thoại hoặc e-mail nếu có"
        case .party(let name, let of): "cùng đơn vị trưng bày «\(name)» của «\(of)»"
        }
    }

    /// The natural key two rows share, in English: `the same registration code 0123456789`.
    static func englishKeyText(_ key: RegistrationKey) -> String {
        switch key {
        case .registrationCode(let code): "the same registration code \(code)"
        case .nameAndProvince(let name, let province): "the same name «\(name)» in \(province)"
        case .product(let name, let owner): "the same product «\(name)» of «\(owner)»"
        case .person(let name, let organisation):
            "the same delegate «\(name)»" + (organisation.map { " of «\($0)»" } ?? "")
                + ", with the same phone or e-mail when given"
        case .party(let name, let of): "the same exhibitor «\(name)» for «\(of)»"
        }
    }
}
