extension ImportingHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .discussion:
            """
            Từng dòng được kiểm tra theo các quy tắc với kế hoạch; các vấn đề được liệt kê theo tệp, \
            trang, dòng và cột. Tiêu đề cột được nhận ra bằng tiếng Việt có dấu hoặc không dấu và bằng \
            tiếng Anh; ngày dạng ô ngày, dd/mm/yyyy hoặc yyyy-mm-dd; tỉnh theo tên cũ hoặc mới; mã số \
            mất số 0 đầu được khôi phục ở mọi cột ghi mã. Mỗi dòng được đối chiếu với kế hoạch: tổ chức \
            theo mã số HTX/MST, không có mã thì theo tên (giữ dấu) và tỉnh; sản phẩm theo chủ thể và \
            tên; đại biểu theo tên, tổ chức và điện thoại hoặc e-mail nếu có. Dòng đã có trong kế \
            hoạch được ghi chú «đã có» và không nhập lại, nên nhập lại cùng tệp không thay đổi gì; dòng \
            đã có nhưng khác được liệt kê các thay đổi (cũ → mới), chỉ ghi khi có --update. Các dòng \
            trùng nhau trong tệp đều được báo, dòng đầu tiên được giữ. Việc nhập là tất cả hoặc không \
            gì cả, trong một giao dịch: có gì sai thì không ghi gì, trừ khi --skip-invalid bỏ qua các \
            dòng lỗi. Với --check không ghi gì; không có tệp kế hoạch (không có trong thư mục, không \
            ghi --plan) thì --check kiểm tra riêng các tệp, xét chứng nhận OCOP theo ngày --on. Mã \
            thoát 1 khi không nhập được. Trang Đăng ký gian hàng tạo các đơn vị trưng bày (chờ xác \
            nhận) với số gian, tổ chức dùng chung, sản phẩm, dịch vụ và khu vực mong muốn; đơn vị được \
            nhận ra theo tổ chức, hoặc liên minh HTX theo tỉnh và tên, nên nhập đợt sau thì cập nhật, \
            không tạo trùng.
            """
        case .templateAbstract: "Ghi mẫu đăng ký (tổ chức, sản phẩm, đại biểu, gian hàng)."
        case .templateDiscussion:
            """
            Mẫu có trang hướng dẫn, các trang Tổ chức, Sản phẩm, Đại biểu và Đăng ký gian hàng với cột \
            bắt buộc đánh dấu *, danh sách chọn (tỉnh, loại hình, bộ sản phẩm, số sao, có/không, khu \
            vực, ...) và danh mục 26 bộ sản phẩm OCOP để tra cứu, bằng ngôn ngữ đang dùng (mặc định \
            tiếng Việt). Khi có tệp kế hoạch (--plan, hoặc tệp duy nhất trong thư mục), cột hình thức \
            tham dự liệt kê các điểm cầu và cột khu vực mong muốn liệt kê các khu của địa điểm. ODS, \
            FODS và XLSX ghi một tệp bảng tính; CSV ghi mỗi trang một tệp trong một thư mục. Kiểm tra \
            bản đã điền bằng `fairplan import TỆP --check`.
            """
        case .update:
            "Ghi cả các thay đổi của dòng đã có trong kế hoạch (mặc định chỉ liệt kê, không ghi)."
        }
    }
}
