import Planning

extension EditingHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .editAbstract:
            return "Sửa thông tin đã đăng ký: tổ chức, sản phẩm, người, đơn vị tham gia, điểm cầu, phiên."
        case .editDiscussion:
            return """
                Chỉ các thông tin ghi trên dòng lệnh được thay; thông tin không ghi giữ nguyên. Sau khi sửa, \
                toàn bộ kế hoạch được kiểm tra như khi đăng ký (`fairplan register`) và in các kết quả kiểm \
                tra về mục vừa sửa; lỗi mới phát sinh làm lệnh bị từ chối, trừ khi dùng --force. Mỗi lần sửa \
                là một giao dịch và được ghi vào nhật ký. Mã nhận diện (id) không đổi được.
                """
        case .editKindAbstract(let kind):
            return "Sửa thông tin một \(kind.noun(vi)) đã đăng ký."
        case .editKindDiscussion(let kind, let clearable):
            return """
                \(kind.noun(vi).prefix(1).uppercased() + kind.noun(vi).dropFirst()) được gọi bằng mã hoặc tên. \
                Chỉ các thông tin ghi ra được thay; danh sách ghi ra (ghi lặp lại hoặc cách nhau bằng dấu \
                phẩy) thay cả danh sách cũ. --clear xóa thông tin không bắt buộc: \
                \(EditingHelp.options(clearable)). Kế hoạch được kiểm tra lại như khi đăng ký; lỗi mới phát \
                sinh làm lệnh bị từ chối, trừ khi dùng --force. Mã nhận diện không đổi được.\
                \(Self.vietnameseNote(kind))
                """
        case .editSubject(let kind):
            return kind == .organisation
                ? "Tổ chức cần sửa: mã, mã số HTX, tên hoặc tên viết tắt."
                : "\(kind.noun(vi).prefix(1).uppercased() + kind.noun(vi).dropFirst()) cần sửa: mã hoặc tên."
        case .editClear(let clearable):
            return "Xóa thông tin không bắt buộc (ghi lặp lại hoặc cách nhau bằng dấu phẩy): "
                + "\(clearable.map(\.rawValue).joined(separator: ", "))."
        case .editID:
            return "Mã nhận diện không đổi được; nếu ghi, phải trùng mã hiện tại."
        case .editColdChain:
            return "Thực phẩm tươi sống cần nước hoặc kho lạnh tại gian hàng (--no-cold-chain: không cần)."
        case .editFirst:
            return "Phiên phải diễn ra đầu tiên (--no-first: bỏ điều kiện này)."
        case .editLast:
            return "Phiên phải diễn ra cuối cùng (--no-last: bỏ điều kiện này)."
        case .editPersonPoint:
            return "Điểm cầu nơi người này tham dự (--clear point: dự trực tiếp)."
        case .editPartyProducts:
            return "Sản phẩm trưng bày, mã hoặc tên (thay danh sách cũ; --clear products: mọi sản phẩm của "
                + "các tổ chức cùng gian)."
        case .removeAbstract:
            return "Xóa một mục đăng ký nhầm: tổ chức, sản phẩm, người, đơn vị tham gia, điểm cầu, phiên."
        case .removeDiscussion:
            return """
                Dùng để xóa một đăng ký thử hoặc một đơn vị lỡ đăng ký hai lần. Lệnh bị từ chối khi còn mục \
                khác phụ thuộc vào mục cần xóa, và liệt kê các mục đó (ví dụ tổ chức còn sản phẩm, còn dùng \
                chung gian với một đơn vị tham gia hoặc còn người đại diện). --cascade xóa luôn các mục không \
                đứng riêng được (sản phẩm, đơn vị tham gia, người đại diện của tổ chức, và các mục của chúng) \
                và bỏ tham chiếu ở các mục khác; kết quả ghi rõ đã xóa gì, theo từng loại, kèm tên. Gian hàng \
                của đơn vị bị xóa được trả lại. Khi chạy trên màn hình, lệnh hỏi lại trước khi xóa (--yes để \
                không hỏi). Mỗi lần xóa là một giao dịch và được ghi vào nhật ký.
                """
        case .removeKind:
            return "Loại mục: organisation, product, person, party, point hoặc session."
        case .removeSubject:
            return "Mục cần xóa: mã hoặc tên (tổ chức: cả mã số HTX)."
        case .removeCascade:
            return "Xóa cùng các mục phụ thuộc và bỏ tham chiếu ở các mục còn lại."
        case .confirmRemove(let removal):
            return (EditingRendering.lines(removal, preview: true, language: vi) + ["Xóa như trên?"]).joined(
                separator: "\n")
        case .confirmWithdraw(let party):
            return
                "Rút đăng ký của đơn vị «\(party)»? Gian hàng của đơn vị sẽ được trả lại và mời danh sách chờ."
        }
    }

    /// What editing a kind of entity also does, after the common discussion.
    private static func vietnameseNote(_ kind: EntityKind) -> String {
        switch kind {
        case .product:
            " Chứng nhận OCOP được xét lại theo ngày diễn ra sự kiện: sửa làm chứng nhận hết hiệu lực thì bị "
                + "từ chối, trừ khi dùng --force; xóa --stars, --decision hoặc --decision-date là bỏ chứng nhận."
        case .person:
            " Cách tham dự (--point, --role) được sửa cùng lệnh; ghi --organisation thì bỏ --unit và ngược lại."
        case .party:
            " Yêu cầu gian hàng (--booths, --share, --products, --services, --zone, --priority) được sửa cùng "
                + "lệnh; trạng thái và thời điểm đăng ký giữ nguyên."
        case .session:
            " Ghi --chair hoặc --speaker thay người chủ trì hoặc người trình bày; người tham gia khác giữ nguyên."
        default:
            ""
        }
    }
}
