extension ListKind {
    /// The XML namespace of exported lists.
    public static let xmlNamespace = "urn:fairplan:lists:1"

    /// The root element name of the list's XML.
    public var xmlRoot: String {
        switch self {
        case .attendees: "danh-sach-dai-bieu"
        case .products: "danh-sach-san-pham"
        case .exhibitors: "danh-sach-gian-hang"
        case .programme: "chuong-trinh"
        case .summary: "tong-hop"
        }
    }

    /// The element name of each column after STT (which becomes the row's `stt` attribute), in
    /// column order; nil for the summary, whose rows are generic cells.
    public var xmlFields: [String]? {
        switch self {
        case .attendees: ["ho-ten", "chuc-vu", "don-vi", "tinh", "diem-cau", "vai-tro"]
        case .products:
            [
                "ten-san-pham", "chu-the", "ma-so", "tinh", "nhom-ocop", "hang-sao", "so-quyet-dinh",
                "ngay-quyet-dinh",
                "hieu-luc-den", "tinh-trang", "gian-hang",
            ]
        case .exhibitors:
            [
                "don-vi", "trang-thai", "tinh", "cum", "so-gian-dang-ky", "gian-hang", "to-chuc-cung-gian",
                "so-san-pham", "dich-vu",
            ]
        case .programme: ["ngay", "bat-dau", "ket-thuc", "noi-dung", "loai", "phong", "chu-tri", "diem-cau"]
        case .summary: nil
        }
    }

    /// The file name of the list's RelaxNG schema among the bundled schemas.
    public var schemaFileName: String { "\(xmlRoot).rng" }
}
