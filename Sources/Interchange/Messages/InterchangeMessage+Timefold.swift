import Planning

extension InterchangeMessage {
    /// A message about a Timefold conference file in `language` (empty for the other cases).
    static func timefoldText(_ message: InterchangeMessage, _ language: Language) -> String {
        language == .vietnamese ? timefoldVietnamese(message) : timefoldEnglish(message)
    }

    private static func timefoldVietnamese(_ message: InterchangeMessage) -> String {
        switch message {
        case .timefoldNotJSON(let detail): "Tệp không phải JSON hợp lệ: \(detail)"
        case .timefoldTooDeep(let limit): "JSON lồng nhau quá \(limit) tầng."
        case .timefoldFieldMissing(let field): "Thiếu trường \(field)."
        case .timefoldFieldType(let field, let expected):
            "Trường \(field) phải là \(vietnamese(expected))."
        case .timefoldUnknownReference(let field, let reference):
            "Trường \(field) trỏ tới «\(reference)», không có đối tượng nào đúng loại mang @id này."
        case .timefoldDuplicateIdentifier(let field, let identifier):
            "Trường \(field): @id «\(identifier)» được dùng cho hai đối tượng."
        case .timefoldTooMany(let field, let count, let limit):
            "Trường \(field) có \(count) mục, giới hạn \(limit)."
        case .timefoldValueOutOfRange(let field, let value, let minimum, let maximum):
            "Trường \(field) = \(value) nằm ngoài khoảng \(minimum)–\(maximum)."
        case .timefoldTextTooLong(let field, let limit): "Trường \(field) dài quá \(limit) ký tự."
        case .timefoldUnsupported(let field): "FairPlan chưa đọc trường \(field) (khác rỗng)."
        case .timefoldTimeslotNotAfterStart(let field): "\(field): khung giờ kết thúc không sau lúc bắt đầu."
        default: ""
        }
    }

    private static func timefoldEnglish(_ message: InterchangeMessage) -> String {
        switch message {
        case .timefoldNotJSON(let detail): "The file is not valid JSON: \(detail)"
        case .timefoldTooDeep(let limit): "The JSON is nested more than \(limit) levels deep."
        case .timefoldFieldMissing(let field): "The field \(field) is missing."
        case .timefoldFieldType(let field, let expected): "The field \(field) must be \(english(expected))."
        case .timefoldUnknownReference(let field, let reference):
            "The field \(field) refers to «\(reference)», the @id of no object of the right kind."
        case .timefoldDuplicateIdentifier(let field, let identifier):
            "The field \(field): @id «\(identifier)» is given to two objects."
        case .timefoldTooMany(let field, let count, let limit):
            "The field \(field) has \(count) entries; the limit is \(limit)."
        case .timefoldValueOutOfRange(let field, let value, let minimum, let maximum):
            "The field \(field) = \(value) is outside \(minimum)–\(maximum)."
        case .timefoldTextTooLong(let field, let limit):
            "The field \(field) is longer than \(limit) characters."
        case .timefoldUnsupported(let field): "FairPlan does not read the field \(field) (when not empty)."
        case .timefoldTimeslotNotAfterStart(let field): "\(field): the timeslot does not end after it starts."
        default: ""
        }
    }

    private static func vietnamese(_ kind: TimefoldValueKind) -> String {
        switch kind {
        case .object: "một đối tượng JSON"
        case .array: "một mảng JSON"
        case .text: "một chuỗi"
        case .integer: "một số nguyên"
        case .boolean: "true hoặc false"
        case .dateTime: "ngày giờ [năm, tháng, ngày, giờ, phút] hoặc \"2018-10-01T10:15\""
        case .reference: "một đối tượng có @id hoặc @id của một đối tượng đã có"
        }
    }

    private static func english(_ kind: TimefoldValueKind) -> String {
        switch kind {
        case .object: "a JSON object"
        case .array: "a JSON array"
        case .text: "a string"
        case .integer: "a whole number"
        case .boolean: "true or false"
        case .dateTime: "a date and time [year, month, day, hour, minute] or \"2018-10-01T10:15\""
        case .reference: "an object with an @id, or the @id of one given earlier"
        }
    }
}
