import Foundation

/// The system's own error wording (the C library's `strerror` texts, and the phrases FairPlan's
/// readers and writers put before them) in Vietnamese, for messages that quote a system reason:
/// an organiser reading Vietnamese never sees «No such file or directory».
///
/// Only the wording changes: a text with no known phrase is returned as it is.
public enum SystemErrorText {
    /// `text` with every known English phrase of the system's wording replaced by its Vietnamese.
    public static func vietnamese(_ text: String) -> String {
        var result = text
        for (english, vietnamese) in phrases where result.contains(english) {
            result = result.replacingOccurrences(of: english, with: vietnamese)
        }
        return result
    }

    /// Longer phrases first, so that a phrase containing another is replaced whole.
    static let phrases: [(String, String)] = [
        ("cannot open for reading", "không mở được tệp để đọc"),
        ("cannot open for writing", "không mở được tệp để ghi"),
        ("read failed", "đọc tệp không được"),
        ("write failed", "ghi tệp không được"),
        ("No such file or directory", "không có tệp hay thư mục này"),
        ("Is a directory", "đây là một thư mục"),
        ("Not a directory", "một phần của đường dẫn không phải là thư mục"),
        ("Permission denied", "không có quyền truy cập"),
        ("Operation not permitted", "thao tác không được phép"),
        ("No space left on device", "ổ đĩa đã hết chỗ"),
        ("Read-only file system", "ổ đĩa chỉ cho đọc"),
        ("File exists", "đã có tệp hay thư mục trùng tên"),
        ("File name too long", "tên tệp quá dài"),
        ("Too many open files", "quá nhiều tệp đang mở"),
        ("Input/output error", "lỗi đọc/ghi của thiết bị"),
        ("Disk quota exceeded", "vượt hạn mức dung lượng đĩa"),
        ("Directory not empty", "thư mục không rỗng"),
        ("Invalid cross-device link", "không chuyển được tệp sang ổ đĩa khác"),
        ("Device or resource busy", "thiết bị hoặc tài nguyên đang bận"),
        ("Too many levels of symbolic links", "quá nhiều liên kết tượng trưng lồng nhau"),
        ("Invalid argument", "tham số không hợp lệ"),
        ("Bad file descriptor", "tệp đã đóng"),
        ("Broken pipe", "nơi nhận dữ liệu đã đóng"),
        ("No such device or address", "không có thiết bị này"),
        ("Text file busy", "tệp đang được chạy"),
        ("File too large", "tệp quá lớn"),
    ]
}
