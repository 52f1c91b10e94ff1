extension ImportingMessage {
    /// The message in Vietnamese.
    var vietnameseText: String {
        switch self {
        case .nothingWritten(let path, let changes):
            "Không ghi gì vào \(path): không có gì mới so với kế hoạch"
                + (changes > 0
                    ? "; \(changes) dòng có thay đổi chỉ được ghi khi chạy lại với --update." : ".")
        }
    }
}
