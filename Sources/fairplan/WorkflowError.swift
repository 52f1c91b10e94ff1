/// What the workflow commands of `fairplan` throw when a command line cannot be carried out.
///
/// Errors of the store and of the readers keep their own types (`StoreError`,
/// `InterchangeError`); this type covers locating the plan file and reading what organisers typed.
/// Descriptions are in Vietnamese, for organisers.
enum WorkflowError: Error, Hashable, CustomStringConvertible {
    /// No `*.fairplan` file in the folder and no `--plan` given.
    case noPlanFile(folder: String)
    /// Several `*.fairplan` files in the folder and no `--plan` given.
    case severalPlanFiles(folder: String, names: [String])
    /// A new plan file must be named `*.fairplan`.
    case wrongExtension(path: String)
    /// An option's value cannot be read (option, value as typed, what is expected).
    case invalidValue(option: String, value: String, expected: String)
    /// A name or identifier typed on the command line matches nothing in the plan.
    case notFound(kind: String, written: String, suggestions: [String])
    /// A name typed on the command line matches several entities of the plan.
    case ambiguous(kind: String, written: String, candidates: [String])
    /// The new entity has validation errors and `--force` was not given (the findings, printed).
    case refusedByValidation(entity: String, findings: [String])
    /// Options that cannot be used together.
    case conflictingOptions(String)

    /// The error in Vietnamese.
    var description: String {
        switch self {
        case .noPlanFile(let folder):
            "Không tìm thấy tệp kế hoạch (*.fairplan) trong thư mục \(folder). "
                + "Hãy chỉ rõ bằng --plan ĐƯỜNG_DẪN hoặc tạo kế hoạch mới bằng `fairplan init TÊN.fairplan ...`."
        case .severalPlanFiles(let folder, let names):
            "Thư mục \(folder) có \(names.count) tệp kế hoạch (\(names.joined(separator: ", "))); "
                + "hãy chọn một tệp bằng --plan ĐƯỜNG_DẪN."
        case .wrongExtension(let path):
            "\(path): tên tệp kế hoạch phải có đuôi .fairplan."
        case .invalidValue(let option, let value, let expected):
            "\(option) «\(value)»: \(expected)."
        case .notFound(let kind, let written, let suggestions):
            "Không có \(kind) «\(written)» trong kế hoạch."
                + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: "; "))?")
        case .ambiguous(let kind, let written, let candidates):
            "«\(written)» ứng với \(candidates.count) \(kind): \(candidates.joined(separator: "; ")); "
                + "hãy ghi mã (id) hoặc tên đầy đủ."
        case .refusedByValidation(let entity, let findings):
            "Không ghi \(entity) vì kiểm tra thấy lỗi; sửa thông tin hoặc dùng --force để vẫn ghi:\n"
                + findings.map { "  \($0)" }.joined(separator: "\n")
        case .conflictingOptions(let message):
            message
        }
    }
}
