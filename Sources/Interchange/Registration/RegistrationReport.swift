import Planning

/// The outcome of checking filled registration templates: every problem by file, sheet, row and
/// column, the rows counted per sheet, and what an import would add.
public struct RegistrationReport: Hashable, Sendable {
    /// Rows read and rows accepted on one kind of sheet.
    public struct SheetCount: Hashable, Sendable {
        /// The kind of sheet.
        public var kind: RegistrationSheetKind
        /// Data rows read (blank rows left out).
        public var rows: Int
        /// Rows without an error.
        public var valid: Int
    }

    /// The files checked, as named in messages.
    public var files: [String]
    /// Every problem, in file, sheet, row and column order.
    public var problems: [SheetProblem]
    /// Rows read and valid per kind of sheet, in template order.
    public var counts: [SheetCount]
    /// What an import would add: every row when there is no error, the valid rows with
    /// `--skip-invalid`, nothing otherwise.
    public var batch: RegistrationBatch
    /// Whether invalid rows are skipped rather than stopping the import.
    public var skipInvalid: Bool

    /// The number of errors.
    public var errorCount: Int { problems.count { $0.severity == .error } }
    /// The number of warnings.
    public var warningCount: Int { problems.count { $0.severity == .warning } }

    /// Errors that no skipping can get round: a file that is not a template, a missing required
    /// column, a field in two columns.
    public var fatalErrors: [SheetProblem] {
        problems.filter { $0.severity == .error && $0.row == nil }
    }

    /// Whether an import may go ahead: no error, or only row errors with `--skip-invalid`.
    public var isImportable: Bool {
        errorCount == 0 || (skipInvalid && fatalErrors.isEmpty)
    }

    /// The report in Vietnamese: counts, errors, warnings and remarks, and the verdict.
    public func rendered() -> String {
        var lines = ["Kiểm tra đăng ký: \(files.joined(separator: ", "))"]
        for count in counts {
            lines.append("  \(count.kind.sheetName): \(count.rows) dòng, \(count.valid) hợp lệ")
        }
        for severity in Severity.allCases {
            let listed = problems.filter { $0.severity == severity }
            guard !listed.isEmpty else { continue }
            lines.append("")
            lines.append("\(severity.vietnameseName) (\(listed.count)):")
            lines += listed.map { "  \($0.description)" }
        }
        lines.append("")
        lines.append(verdict)
        return lines.joined(separator: "\n")
    }

    /// The last line of the report.
    public var verdict: String {
        let adds =
            "\(batch.organisations.count) tổ chức, \(batch.products.count) sản phẩm, \(batch.people.count) đại biểu"
        if errorCount == 0 {
            return "Kết quả: hợp lệ — sẽ nhập \(adds)."
        }
        if isImportable {
            let skipped = counts.reduce(0) { $0 + $1.rows - $1.valid }
            return "Kết quả: bỏ qua \(skipped) dòng lỗi (--skip-invalid) — sẽ nhập \(adds)."
        }
        if !fatalErrors.isEmpty {
            return
                "Kết quả: KHÔNG nhập gì — tệp chưa đúng mẫu (\(fatalErrors.count) lỗi cấu trúc); sửa rồi kiểm tra lại."
        }
        return
            "Kết quả: KHÔNG nhập gì vì có \(errorCount) lỗi; sửa các dòng trên hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ."
    }
}
