import Planning

extension JournalHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .historyAbstract: "Xem nhật ký các thay đổi của kế hoạch, mới nhất trước."
        case .historyDiscussion:
            """
            Mỗi lệnh thay đổi kế hoạch (đăng ký, xác nhận, rút đăng ký, nhập tệp, phân gian, xếp lịch, \
            sửa, xoá, đưa về phiên bản...) là một thay đổi trong nhật ký, lưu ngay trong tệp kế hoạch: \
            số thứ tự, thời điểm, người thực hiện, lệnh và đối tượng, đã làm hay đã hoàn tác, và số dòng \
            đã thêm, sửa, xoá theo loại. Thay đổi đã làm hoàn tác được bằng `fairplan undo`; thay đổi vừa \
            hoàn tác làm lại được bằng `fairplan redo`.
            """
        case .historyLimit: "Chỉ hiện N thay đổi gần nhất (mặc định 20)."
        case .undoAbstract: "Hoàn tác thay đổi gần nhất của kế hoạch (hoặc N thay đổi gần nhất)."
        case .undoDiscussion:
            """
            Hoàn tác lần lượt từ thay đổi mới nhất, trong một giao dịch: kế hoạch trở lại đúng như trước \
            các thay đổi đó, đến từng giá trị đã lưu, kể cả sau khi đóng và mở lại chương trình. Các \
            thay đổi đã hoàn tác làm lại được bằng `fairplan redo` cho đến khi có thay đổi mới. Xem các \
            thay đổi bằng `fairplan history`.
            """
        case .undoCount: "Số thay đổi cần hoàn tác (mặc định 1)."
        case .redoAbstract: "Làm lại thay đổi vừa hoàn tác."
        case .redoDiscussion:
            """
            Làm lại thay đổi đã hoàn tác cũ nhất (ngay sau thay đổi còn hiệu lực cuối cùng), trong một \
            giao dịch. Một thay đổi mới sau khi hoàn tác xoá các thay đổi có thể làm lại.
            """
        case .restoreAbstract: "Đưa sơ đồ gian hàng hoặc chương trình đang làm về một phiên bản đã công bố."
        case .restoreDiscussion:
            """
            restore booths N: các gian được phân trở lại như phiên bản N của sơ đồ gian hàng; đơn vị có \
            gian trong phiên bản thành «đã xếp gian», đơn vị đang được xếp nhưng không có trong phiên \
            bản trở về danh sách chờ. Gian của đơn vị đã rút hoặc không còn trong kế hoạch, và gian không \
            còn trên sơ đồ địa điểm, không được phân lại (có thông báo). restore programme N: mỗi phiên \
            có trong phiên bản N được xếp lại phòng và giờ như phiên bản; phiên khác bị bỏ lịch. Không \
            công bố phiên bản mới. Là một thay đổi trong nhật ký, hoàn tác được bằng `fairplan undo`. \
            Hỏi xác nhận khi chạy trên terminal; --yes để không hỏi.
            """
        case .restoreTarget: "Đưa về phiên bản nào: booths (sơ đồ gian hàng) hoặc programme (chương trình)."
        case .restoreVersion: "Số phiên bản đã công bố."
        case .restoreQuestion(.boothPlan, let version):
            "Đưa sơ đồ gian hàng đang làm về phiên bản \(version) đã công bố?"
        case .restoreQuestion(.programme, let version):
            "Đưa chương trình đang làm về phiên bản \(version) đã công bố?"
        }
    }
}
