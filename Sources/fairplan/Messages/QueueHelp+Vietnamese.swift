import Planning

extension QueueHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .offerAbstract: "Trả lời các đề xuất gian mời danh sách chờ: nhận, từ chối, xem."
        case .offerDiscussion:
            """
            Khi một đơn vị rút đăng ký (fairplan withdraw), các gian trống được mời các đơn vị trong danh \
            sách chờ theo thứ tự (ưu tiên cao trước, rồi đăng ký sớm trước, rồi thứ tự đăng ký), mỗi đơn vị \
            một khối gian liền nhau vừa số gian, khu và dịch vụ cần, theo đúng quy tắc phân gian. Đề xuất \
            được lưu trong tệp kế hoạch đến khi đơn vị nhận (offer accept) hoặc từ chối (offer decline).
            """
        case .acceptAbstract: "Đơn vị nhận các gian được đề xuất (danh sách chờ → đã xếp gian)."
        case .acceptDiscussion:
            """
            Trong một giao dịch: các gian đề xuất được phân cho đơn vị, đơn vị chuyển sang «Đã xếp gian» \
            và đề xuất được xoá. Không nhận được khi đơn vị không còn trong danh sách chờ hoặc có gian đã \
            được phân cho đơn vị khác; khi đó hãy từ chối đề xuất.
            """
        case .declineAbstract: "Đơn vị từ chối các gian được đề xuất; gian được mời đơn vị tiếp theo."
        case .declineDiscussion:
            """
            Trong một giao dịch: đề xuất được xoá, đơn vị vẫn giữ chỗ trong danh sách chờ, và các gian được \
            mời tiếp các đơn vị chờ theo thứ tự (trừ đơn vị vừa từ chối); đề xuất mới được lưu và in ra.
            """
        case .listAbstract: "Xem các đề xuất gian đang chờ trả lời."
        case .listDiscussion:
            """
            Mỗi đề xuất: đơn vị và chỗ của đơn vị trong danh sách chờ, các gian, thời điểm mời và lý do \
            (đơn vị nào rút đăng ký hoặc từ chối); đề xuất không còn nhận được (gian đã phân cho đơn vị \
            khác, đơn vị không còn chờ) được ghi rõ.
            """
        case .party: "Đơn vị trả lời đề xuất: mã hoặc tên."
        }
    }
}
