extension ManualHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .assignAbstract: "Giao gian cho một đơn vị bằng tay."
        case .assignDiscussion:
            """
            Các gian phải có trên sơ đồ địa điểm và còn trống; cùng các gian đơn vị đang có, chúng phải \
            qua kiểm tra như `fairplan check booths` (gian cho thuê được, liền một khối, đúng số gian \
            đăng ký, có dịch vụ cần), nếu vi phạm quy tắc bắt buộc thì không ghi trừ khi có --force. Đơn \
            vị chuyển sang «Đã xếp gian». Một giao dịch, ghi vào nhật ký (hoàn tác bằng `fairplan undo`). \
            Ví dụ: fairplan assign booths "HTX Tân Hòa" A-01 A-02
            """
        case .assignTarget: "Cần giao: booths (gian hàng)."
        case .assignParty: "Đơn vị tham gia: mã hoặc tên."
        case .assignBooths: "Mã gian, đúng như trên sơ đồ (không phân biệt hoa thường), ví dụ A-01."
        case .moveAbstract: "Chuyển một đơn vị sang các gian khác bằng tay."
        case .moveDiscussion:
            """
            Các gian của đơn vị được thay bằng các gian ghi ra (còn trống hoặc đã là của đơn vị), kiểm \
            tra như `fairplan check booths`; vi phạm quy tắc bắt buộc thì không ghi trừ khi có --force. \
            Đơn vị đã ghim vẫn được ghim ở gian mới. Một giao dịch, ghi vào nhật ký.
            """
        case .moveParty: "Đơn vị cần chuyển: mã hoặc tên."
        case .moveBooths: "Các gian mới, ví dụ B-03 B-04."
        case .swapAbstract: "Đổi gian của hai đơn vị cho nhau."
        case .swapDiscussion:
            """
            Mỗi đơn vị nhận các gian của đơn vị kia (đơn vị đã ghim vẫn được ghim ở gian mới), kiểm tra \
            như `fairplan check booths`; vi phạm quy tắc bắt buộc (ví dụ số gian không khớp) thì không \
            ghi trừ khi có --force. Một giao dịch, ghi vào nhật ký; `fairplan changes` sau khi công bố \
            chỉ ra đúng hai lần chuyển này.
            """
        case .swapFirst: "Đơn vị thứ nhất: mã hoặc tên."
        case .swapSecond: "Đơn vị thứ hai: mã hoặc tên."
        case .pinAbstract: "Ghim các gian hiện tại của một đơn vị, hoặc một phiên tại phòng và giờ hiện tại."
        case .pinDiscussion:
            """
            fairplan pin ĐƠN_VỊ (hoặc pin booths ĐƠN_VỊ) ghim mọi gian hiện tại của đơn vị: `fairplan \
            allocate booths` giữ nguyên các gian này và nói rõ điều đó. fairplan pin session PHIÊN ghim \
            phiên đã xếp tại phòng và giờ hiện tại: `fairplan schedule sessions` giữ nguyên phiên đó. \
            Trước khi ghim, gian hoặc phiên được kiểm tra như `fairplan check`; vi phạm thì không ghim \
            trừ khi có --force. Một giao dịch, ghi vào nhật ký.
            """
        case .unpinAbstract: "Bỏ ghim các gian của một đơn vị hoặc một phiên."
        case .unpinDiscussion:
            """
            fairplan unpin ĐƠN_VỊ (hoặc unpin booths ĐƠN_VỊ) bỏ ghim các gian của đơn vị; fairplan unpin \
            session PHIÊN bỏ ghim phiên. Gian và phiên vẫn ở chỗ cũ, nhưng lần phân gian hoặc xếp lịch \
            sau có thể chuyển đi. Một giao dịch, ghi vào nhật ký.
            """
        case .pinBoothsAbstract(let pin):
            pin ? "Ghim các gian hiện tại của một đơn vị." : "Bỏ ghim các gian của một đơn vị."
        case .pinSessionAbstract(let pin):
            pin ? "Ghim một phiên tại phòng và giờ hiện tại." : "Bỏ ghim một phiên."
        case .pinParty: "Đơn vị tham gia: mã hoặc tên."
        case .sessionArgument: "Phiên: mã hoặc tên phiên."
        case .placeAbstract: "Xếp một phiên vào phòng và giờ bằng tay, và ghim tại đó."
        case .placeDiscussion:
            """
            Phiên được xếp vào phòng (--room, mã hoặc tên phòng) lúc --start và được ghim: `fairplan \
            schedule sessions` giữ nguyên. Phiên phải giữ mọi quy tắc của chương trình tại chỗ đó (giờ \
            mở cửa, giờ cố định hoặc khung giờ, sức chứa, thiết bị truyền hình, không trùng phòng, người \
            hay điểm cầu, thử đường truyền, thứ tự), kiểm tra như `fairplan check sessions`; vi phạm thì \
            không ghi trừ khi có --force. Một giao dịch, ghi vào nhật ký.
            """
        case .placeTarget: "Cần xếp: session (phiên)."
        case .placeRoom: "Phòng: mã hoặc tên phòng của địa điểm."
        case .placeStart: "Giờ bắt đầu, dạng \"dd/mm/yyyy hh:mm\"."
        case .force: "Vẫn ghi dù kiểm tra thấy vi phạm quy tắc bắt buộc."
        case .checkPublish:
            """
            Với --publish (chỉ với tệp kế hoạch), bản lập tay không có vi phạm bắt buộc và không có lỗi \
            đọc bảng được lưu làm sơ đồ gian (hoặc chương trình) và công bố thành phiên bản tiếp theo \
            trong một giao dịch, ghi vào nhật ký; có vi phạm thì không ghi gì và mã thoát là 1. Chương \
            trình lập tay không được dời phiên đã ghim.
            """
        case .publishAbstract: "Công bố sơ đồ gian hoặc chương trình đang làm thành phiên bản tiếp theo."
        case .publishDiscussion:
            """
            Công bố kế hoạch như hiện có sau các lệnh assign, move, swap, pin hoặc place: kế hoạch được \
            kiểm tra theo mọi quy tắc như `fairplan check` và chỉ được công bố thành phiên bản đánh số \
            tiếp theo khi không có vi phạm bắt buộc (nếu có thì không ghi gì và mã thoát là 1). Kiểm \
            tra và công bố là một giao dịch, ghi vào nhật ký; đơn vị đã xác nhận mà chưa có gian được \
            đưa vào danh sách chờ. Sau đó `fairplan changes` so sánh với phiên bản này, và các lệnh \
            xuất dùng nó trừ khi có --draft.
            """
        case .publishTarget: "Công bố gì: booths (sơ đồ gian) hoặc sessions (chương trình)."
        }
    }
}
