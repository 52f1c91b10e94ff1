import LibXML
import Planning

extension InterchangeMessage {
    /// The message in Vietnamese.
    var vietnameseText: String {
        switch self {
        case .xmlNotWellFormed(let detail): "Tệp XML không hợp lệ: \(XMLErrorText.vietnamese(detail))"
        case .emptyFile: "Tệp rỗng (empty document)."
        case .fileTooLarge(let limit): "Tệp quá lớn, giới hạn \(limit) byte."
        case .documentTypeNotAllowed:
            "Tệp có khai báo DOCTYPE, không được phép vì lý do an toàn (DOCTYPE not allowed)."
        case .entityDeclarationNotAllowed(let name):
            "Tệp khai báo thực thể «\(name)», không được phép (entity declarations not allowed)."
        case .cannotReadFile(let detail): "Không đọc được tệp: \(SystemErrorText.vietnamese(detail))"
        case .xmlLibraryError(let detail): "Lỗi thư viện XML: \(detail)"
        case .unexpectedError(let detail): "Lỗi không lường trước: \(detail)"
        case .excelNotSupported:
            "Tệp Excel (.xlsx/.xls) chưa đọc trực tiếp được: trong Excel hoặc LibreOffice chọn "
                + "Lưu thành (Save As) «OpenDocument Spreadsheet (.ods)» hoặc CSV UTF-8 rồi dùng lại."
        case .unknownFileType: "Không nhận ra loại tệp: cần .xlsx, .ods, .fods hoặc .csv."
        case .fileNotFound: "Không có tệp này; hãy kiểm tra tên và thư mục."
        case .textNamedAsWorkbook(let fileExtension):
            "Tệp mang đuôi .\(fileExtension) nhưng nội dung là văn bản thường (có lẽ là tệp CSV đổi tên): hãy đổi đuôi tệp thành .csv, hoặc mở tệp bằng Excel hay LibreOffice rồi lưu lại dạng .\(fileExtension == "xls" ? "xlsx" : fileExtension)."
        case .contentOfAnotherFormat(let fileExtension, let content):
            "Tệp mang đuôi .\(fileExtension) nhưng nội dung là "
                + (content == "fods"
                    ? "XML (có lẽ là tệp bảng tính .fods hoặc một tệp XML đổi tên): nếu là bảng tính FODS, hãy đổi đuôi thành .fods."
                    : content == "zip"
                        ? "tệp nén (có lẽ là tệp .ods hoặc .xlsx đổi tên): hãy đổi lại đuôi .ods hoặc .xlsx."
                        : "tệp .\(content) (có lẽ đã bị đổi tên): hãy đổi đuôi thành .\(content).")
        case .folderNotFile:
            "Đây là một thư mục, không phải tệp; hãy chỉ ra tệp .xlsx, .ods, .fods hoặc .csv trong đó."
        case .resourceMissing(let name): "Thiếu tệp tài nguyên «\(name)» (resource missing)."
        case .cannotCreateFolder(let reason): "Không tạo được thư mục: \(SystemErrorText.vietnamese(reason))."
        case .cannotWrite(let reason): "Không ghi được tệp: \(SystemErrorText.vietnamese(reason))."
        case .outputPathEmpty(let option):
            "Đường dẫn \(option) để trống; hãy ghi tên tệp cần ghi ra."
        case .outputFolderMissing(let folder, let option):
            "Chưa có thư mục «\(folder)»; hãy kiểm tra đường dẫn \(option) hoặc tạo thư mục đó trước."
        case .outputParentIsFile(let folder):
            "«\(folder)» là một tệp, không phải thư mục; hãy chọn một thư mục để ghi vào."
        case .csvTemplateFolderNamedAsFile:
            "Mẫu CSV là một thư mục gồm nhiều tệp .csv nên tên thư mục không được có đuôi .csv; "
                + "hãy đặt tên khác (ví dụ «mau-dang-ky»)."
        case .programmeOnlyFormat(let format):
            "Định dạng \(format.rawValue) chỉ dùng cho chương trình (programme)."
        case .extensionOfAnotherFormat(let format, let written):
            "Tệp ghi dạng \(format.rawValue) nhưng tên có đuôi .\(written); chương trình mở tệp theo đuôi sẽ báo "
                + "lỗi. Hãy đặt đuôi .\(format.fileExtension) hoặc chọn --format \(written)."
        case .severalFilesToStandardOutput(let format, let files):
            "Định dạng \(format.rawValue) ghi \(files) tệp (mỗi danh sách một tệp): --out - chỉ ghi được một tệp ra đầu ra chuẩn; hãy chọn một danh sách, hoặc định dạng ods/fods/xlsx (một bảng tính)."
        case .templateFormatUnsupported:
            "Mẫu đăng ký chỉ có dạng ods, fods, xlsx hoặc csv (registration template: ods, fods, xlsx, csv)."

        case .venueSchemaViolation(let detail):
            "Sai cấu trúc tệp địa điểm (schema): \(XMLErrorText.vietnamese(detail))"
        case .unknownVenueProvince(let written): "Không nhận ra tỉnh/thành phố «\(written)»."
        case .identifierRepeated(let id, let count):
            "Mã «\(id)» dùng \(count) lần cho khu, lối đi hoặc lối vào."
        case .boothInOtherHallsZone(let booth, let zone, let zoneHall, let boothHall):
            "Gian hàng \(booth) thuộc khu «\(zone)» của nhà «\(zoneHall)», không phải nhà «\(boothHall)»."
        case .attributeNotANumber(let attribute, let value):
            "Giá trị «\(value)» của thuộc tính \(attribute) không phải là số."
        case .attributeNotAnInteger(let attribute, let value):
            "Giá trị «\(value)» của thuộc tính \(attribute) không phải là số nguyên hợp lệ."
        case .lengthOutOfRange(let attribute, let value, let range):
            "Giá trị «\(value)» của thuộc tính \(attribute) vượt giới hạn: kích thước và toạ độ phải từ "
                + "\(Self.decimal(range.lowerBound)) đến \(Self.decimal(range.upperBound)) mét."
        case .integerOutOfRange(let attribute, let value, let range):
            "Giá trị «\(value)» của thuộc tính \(attribute) vượt giới hạn: "
                + "phải từ \(range.lowerBound) đến \(range.upperBound)."
        case .tooManyBooths(let limit):
            "Quá \(limit) gian hàng: một địa điểm có tối đa \(limit) gian hàng; phần còn lại không được đọc."
        case .tooManyRooms(let limit):
            "Quá \(limit) phòng: một địa điểm có tối đa \(limit) phòng; phần còn lại không được đọc."
        case .tooManyFeatures(let limit):
            "Quá \(limit) nhà, khu, lối đi và lối vào: một địa điểm có tối đa \(limit); "
                + "phần còn lại không được đọc."
        case .moreOverlappingBooths(let count): "… và \(count) cặp gian hàng chồng lấn khác."
        case .moreProblems(let count): "… và \(count) lỗi khác không liệt kê."
        case .venueFinding(let finding, let lines):
            Self.placed(finding, lines: lines)

        case .demoVenuesHeading: "ĐỊA ĐIỂM (tệp trong Venues/)"
        case .demoFilesWritten: "Đã ghi sơ đồ mặt bằng và danh sách:"

        case .floorPlanTitle(let venue): "Sơ đồ mặt bằng: \(venue)"
        case .mainAisle: "Lối đi chính"
        case .aisle: "Lối đi"
        case .boothTooltip(let code, let kind, let width, let depth, let zone, let services, let blocked):
            "Gian hàng \(code) · \(kind.name(.vietnamese)) · \(width.formatted)×\(depth.formatted) m"
                + (zone.map { " · \($0)" } ?? "")
                + (services.isEmpty
                    ? "" : " · " + services.map { $0.name(.vietnamese) }.joined(separator: ", "))
                + (blocked ? " · không sử dụng" : "")
        case .legendTitle: "Chú giải"
        case .legendOpenFront: "Mặt tiền mở (lối vào gian)"
        case .legendEntrance: "Cổng vào"
        case .legendBlockedBooth: "Gian không sử dụng"
        case .boothTotals(let booths, let lettable): "\(booths) gian, \(lettable) gian cho thuê"

        case .listSheetName(let kind): Self.sheetName(kind)
        case .listTitle(let kind): Self.title(kind)
        case .listColumn(let column): Self.header(column)
        case .onSite: "Trực tiếp"
        case .notAssigned: "Chưa phân"
        case .notRecognised: "Không được công nhận"
        case .noCertificate: "Chưa có chứng nhận"
        case .notScheduled: "Chưa xếp"
        case .noZone: "Không thuộc khu"
        case .noVenueChosen: "Chưa chọn địa điểm"
        case .summaryOrganisationsHeading: "1. Tổ chức theo tỉnh/thành phố và loại hình"
        case .summaryProductsHeading: "2. Sản phẩm theo nhóm"
        case .summaryBoothsHeading: "3. Gian hàng theo khu"

        case .noRoomYet: "Chưa xếp phòng"
        case .linksPoints(let points): "Nối các điểm cầu: \(points.joined(separator: ", "))"
        case .connectionPointsLine(let points): "Điểm cầu: " + points.joined(separator: ", ")
        case .draftProgrammeVersion: "bản nháp, chưa công bố"
        case .linkTestTitle(let point): "Thử đường truyền — \(point)"
        case .linkTestDescription(let session, let minutes):
            "Kỹ thuật viên có mặt và thử đường truyền \(minutes) phút trước phiên đầu tiên trong ngày nối điểm cầu: «\(session)»."
        case .qrTextTooLong(let bytes, let limit):
            "Nội dung quá dài cho mã QR: \(bytes) byte, tối đa \(limit) byte ở mức sửa lỗi đã chọn."

        case .fieldHeader(let field): Self.header(field)
        case .fieldNote(let field): Self.note(field)
        case .fieldExample(let field): Self.example(field)
        case .fieldHeaderNote(let field):
            (field.isRequired ? "Bắt buộc. " : "") + Self.note(field)
                + (Self.example(field).isEmpty ? "" : "\nVí dụ: \(Self.example(field))")
        case .registrationSheetName(let kind): Self.sheetName(kind)
        case .registrationSheetTitle(let kind): Self.title(kind)
        case .templateTitle: "Mẫu đăng ký tham gia hội chợ, hội nghị"
        case .instructionsSheetName: "Hướng dẫn"
        case .instructionsTitle: "HƯỚNG DẪN ĐIỀN MẪU ĐĂNG KÝ"
        case .instructionsSheetColumn: "Trang"
        case .instructionsFieldColumn: "Cột"
        case .instructionsRequiredColumn: "Bắt buộc"
        case .instructionsHowColumn: "Cách ghi"
        case .instructionsExampleColumn: "Ví dụ"
        case .instructionsGeneral: "Chung"
        case .instructionOneRowEach:
            "Điền mỗi tổ chức, sản phẩm, đại biểu trên một dòng của trang tương ứng; không đổi tên cột."
        case .instructionRequiredColumns:
            "Cột có dấu * là bắt buộc. Cột STT không bắt buộc. Có thể thêm cột «Ghi chú»: FairPlan bỏ qua."
        case .instructionNamingOrganisations:
            "Sản phẩm và đại biểu ghi tổ chức bằng tên như ở trang Tổ chức hoặc bằng mã số HTX/MST."
        case .instructionDates: "Ngày ghi dd/mm/yyyy (ví dụ 15/03/2024), yyyy-mm-dd, hoặc dùng ô kiểu Ngày."
        case .instructionProvinces:
            "Tỉnh/thành phố ghi tên mới (2025) hoặc tên cũ trước sáp nhập; có dấu hay không dấu đều được."
        case .instructionCheckFirst:
            "Kiểm tra trước khi gửi: fairplan import TỆP --check (liệt kê mọi lỗi theo trang, dòng, cột)."
        case .yes: "Có"
        case .no: "Không"
        case .productSetsSheetName: "Bộ sản phẩm OCOP"
        case .productSetsTitle: "BỘ SẢN PHẨM OCOP (QĐ 148/QĐ-TTg)"
        case .productSetNumberColumn: "Số"
        case .productSetNameColumn: "Bộ sản phẩm"
        case .productSetGroupColumn: "Nhóm"
        case .productSetSectorColumn: "Ngành"
        case .productSetCategoryColumn: "Loại tổng hợp"

        case .headerRowNotFound(let kind, let depth):
            "Không tìm thấy dòng tiêu đề của trang \(Self.sheetName(kind)) trong \(depth) dòng đầu; hãy dùng mẫu "
                + "`fairplan template registrations`."
        case .notARegistrationSheet:
            "Trang này không phải Tổ chức, Sản phẩm, Đại biểu hay Đăng ký gian hàng: đã bỏ qua."
        case .instructionsOnly: "Trang hướng dẫn của mẫu: không có dữ liệu, đã bỏ qua."
        case .noRegistrationSheet:
            "Không thấy trang Tổ chức, Sản phẩm hay Đại biểu nào (nhận theo tên trang hoặc dòng "
                + "tiêu đề); hãy dùng mẫu `fairplan template registrations`."
        case .missingRequiredColumn(let field, let headerRow):
            "Thiếu cột bắt buộc «\(Self.header(field))» ở dòng tiêu đề \(headerRow)."
        case .columnRepeated(let field, let columns):
            "Cột «\(Self.header(field))» xuất hiện nhiều lần (cột \(Self.letters(columns))); chỉ giữ một cột."
        case .unknownColumn(let text): "Cột «\(text)» không thuộc mẫu: đã bỏ qua."
        case .noDataRows: "Không có dòng dữ liệu nào trong các trang Tổ chức, Sản phẩm, Đại biểu."

        case .missingRequiredValue(let field): "Thiếu «\(Self.header(field))» (bắt buộc)."
        case .lostLeadingZero(let field, let written, let numberCell):
            numberCell
                ? "\(Self.digitsName(field)) «\(written)» bị mất số 0 đầu (ô kiểu số); đã đọc là «0\(written)». "
                    + "Hãy định dạng cột là Văn bản."
                : "\(Self.digitsName(field)) «\(written)» thiếu một chữ số, có lẽ mất số 0 đầu khi lưu; "
                    + "đã đọc là «0\(written)»."
        case .notACount(let text):
            "«\(text)» không phải số nguyên không âm (số lẻ như 12,5 không dùng được; hàng nghìn ghi 1.200 hoặc 1200)."
        case .countOutOfRange(let field, let written, let minimum, let maximum):
            "«\(field.header(in: .vietnamese))» là \(written), ngoài khoảng cho phép từ \(minimum) đến "
                + "\(maximum)."
        case .cellTooLong(let field, let characters, let maximum):
            "«\(field.header(in: .vietnamese))» dài \(characters) ký tự, vượt quá giới hạn "
                + "\(maximum) ký tự; hãy rút gọn."
        case .unreadableDate(let text):
            "Ngày «\(text)» không đọc được hoặc không có thật: hãy viết một ngày có thật, dạng dd/mm/yyyy (ví dụ "
                + "15/03/2024) hoặc yyyy-mm-dd."
        case .unclearYesNo(let text): "«\(text)» không rõ: hãy ghi «Có» hoặc «Không»."
        case .unreadableStars(let text): "Số sao «\(text)» không đọc được: hãy ghi 3, 4 hoặc 5."
        case .invalidValue(let field, let written):
            Self.expected(field).map { "«\(written)» không phải giá trị hợp lệ; hãy ghi \($0)." }
                ?? "«\(written)» không phải giá trị hợp lệ."
        case .unclearHonorific(let written): "Danh xưng «\(written)» không rõ: hãy ghi Ông, Bà hoặc Đồng chí."
        case .kindNotInferable(let name):
            "Thiếu «Loại hình» và tên «\(name)» không cho biết loại hình: hãy ghi Hợp tác xã, Doanh nghiệp, ..."
        case .productSetInterpreted(let written, let set):
            "«\(written)» được hiểu là bộ sản phẩm số \(set): \(Self.productSetName(set))."
        case .productSetAmbiguous(let written, let sets):
            "«\(written)» có thể là bộ sản phẩm "
                + sets.map { "số \($0) «\(Self.productSetName($0))»" }.joined(separator: " hoặc ")
                + ": hãy ghi đúng tên hoặc số bộ."
        case .productSetUnknown(let written):
            "Không nhận ra bộ sản phẩm «\(written)»: ghi tên bộ theo QĐ 148/QĐ-TTg (xem trang "
                + "Bộ sản phẩm OCOP), «Bộ sản phẩm số N» hoặc «Phân nhóm N» (QĐ 1048/QĐ-TTg)."
        case .recognitionIncomplete(let missing):
            "Thiếu «\(Self.header(missing))»: sản phẩm OCOP cần đủ số sao, số và ngày quyết định công nhận "
                + "(để trống cả ba nếu chưa được công nhận)."
        case .organisationAmbiguous(let written, let candidates):
            "«\(written)» trùng tên với \(candidates.count) tổ chức (\(candidates.joined(separator: "; "))): "
                + "hãy ghi mã số HTX/MST hoặc mã (id) của tổ chức cần chọn."
        case .organisationNotFound(let written, let suggestions):
            "Không tìm thấy tổ chức «\(written)» ở trang Tổ chức hay trong kế hoạch.\(Self.hint(suggestions))"
        case .organisationNotFoundKeptAsUnit(let written, let suggestions):
            "Không tìm thấy tổ chức «\(written)» ở trang Tổ chức hay trong kế hoạch: đã ghi vào Đơn vị."
                + Self.hint(suggestions)
        case .connectionPointUnknown(let written, let points):
            "Không có điểm cầu «\(written)» trong kế hoạch; các điểm cầu: \(points.joined(separator: "; ")); "
                + "hoặc ghi «Trực tiếp»."
        case .productSkippedWithOwner(let owner, let row):
            "Chủ thể «\(owner)» (trang Tổ chức, dòng \(row)) có lỗi: sản phẩm này bị bỏ qua cùng chủ thể."
        case .delegateUnlinkedFromOrganisation(let organisation, let row):
            "Tổ chức «\(organisation)» (trang Tổ chức, dòng \(row)) có lỗi: đại biểu được nhập với tên tổ chức "
                + "ở cột Đơn vị."
        case .finding(let finding): finding.message.text(.vietnamese)

        case .alreadyInPlan(_, let id): "Đã có trong kế hoạch (\(id)): không nhập lại."
        case .matchesOtherRegistration:
            "Trùng với thông tin một đơn vị hoặc một người đã đăng ký (tên, mã số, số điện thoại hoặc thư điện "
                + "tử). Nếu đó là đăng ký của chính đơn vị bạn, hãy dùng đường dẫn riêng nhận được khi đăng ký để "
                + "sửa; nếu không, hãy kiểm tra lại thông tin này."
        case .boothRequestWaitsForOrganisation:
            "Đăng ký gian hàng chưa được xét vì phần thông tin tổ chức còn lỗi; hãy sửa lỗi đó trước."
        case .organisationNameShared(let written):
            "Có nhiều tổ chức mang tên «\(written)»: hãy ghi mã số HTX/MST của tổ chức thay cho tên."
        case .organisationInAnotherParty(let sharing):
            (sharing ? "Một tổ chức ghi ở «Dùng chung với»" : "Tổ chức của bạn")
                + " cũng có trong đăng ký gian hàng của một đơn vị khác; ban tổ chức sẽ xem lại."
        case .changedInPlan(_, let id, let changes, let applied):
            "Đã có trong kế hoạch (\(id)) nhưng khác: \(Self.changeList(changes, in: .vietnamese)). "
                + (applied ? "Sẽ cập nhật (--update)." : "Chưa cập nhật: chạy lại với --update để cập nhật.")
        case .repeatedInFiles(let key, let others, let isFirst):
            "Trùng với \(Self.rowList(others, in: .vietnamese)) (\(Self.keyText(key))): "
                + (isFirst
                    ? "chỉ nhập dòng này, dòng đầu tiên; hãy xóa các dòng sau."
                    : "dòng đầu tiên được giữ, dòng này không được nhập; hãy xóa dòng này "
                        + "(--skip-invalid bỏ qua nó).")
        case .organisationCodeNotFound(let code):
            "Không có tổ chức nào mang mã số «\(code)» ở trang Tổ chức hay trong kế hoạch: đại biểu được "
                + "nhập không gắn với tổ chức (mã số không ghi vào Đơn vị)."
        case .sheetCountAgainstPlan(let kind, let rows, let valid, let present, let changed):
            "\(Self.sheetName(kind)): \(rows) dòng, \(valid) hợp lệ (\(present) đã có, \(changed) có thay đổi)"
        case .changesSummary(let count, let applied):
            "Có thay đổi so với kế hoạch: \(count) dòng — "
                + (applied ? "sẽ cập nhật (--update)." : "chưa cập nhật; chạy lại với --update để cập nhật.")
        case .verdictNothingNew(let present):
            "Kết quả: không có gì mới — \(present) dòng đã có trong kế hoạch; không ghi gì."
        case .verdictValidUpdating(let organisations, let products, let people, let parties, let changed):
            "Kết quả: hợp lệ — sẽ nhập \(Self.adds(organisations, products, people, parties)); "
                + "sẽ cập nhật \(changed) dòng đã có trong kế hoạch (--update)."
        case .verdictUpdatesOnly(let changed):
            "Kết quả: hợp lệ — không có dòng mới; sẽ cập nhật \(changed) dòng đã có trong kế hoạch (--update)."

        case .rowNumber(let row): "dòng \(row)"
        case .columnLetter(let letter, let header): "cột \(letter)" + (header.map { " (\($0))" } ?? "")
        case .columnNamed(let header): "cột «\(header)»"
        case .reportHeading(let files): "Kiểm tra đăng ký: \(files.joined(separator: ", "))"
        case .sheetCount(let kind, let rows, let valid):
            "\(Self.sheetName(kind)): \(rows) dòng, \(valid) hợp lệ"
        case .severityHeading(let severity, let count): "\(severity.name(.vietnamese)) (\(count)):"
        case .verdictValid(let organisations, let products, let people, let parties):
            "Kết quả: hợp lệ — sẽ nhập \(Self.adds(organisations, products, people, parties))."
        case .verdictSkipping(let skipped, let organisations, let products, let people, let parties):
            "Kết quả: bỏ qua \(skipped) dòng lỗi (--skip-invalid) — sẽ nhập \(Self.adds(organisations, products, people, parties))."
        case .verdictNotATemplate(let count):
            "Kết quả: KHÔNG nhập gì — tệp chưa đúng mẫu (\(count) lỗi cấu trúc); sửa rồi kiểm tra lại."
        case .verdictErrors(let count):
            "Kết quả: KHÔNG nhập gì vì có \(count) lỗi; sửa các dòng trên hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ."

        case .programmeColumnsMissing:
            "Không thấy trang nào có đủ cột «Nội dung», «Ngày», «Bắt đầu» và «Phòng»."
        case .sessionNotInPlan(let title, let suggestions):
            "Không có phiên «\(title)» trong kế hoạch.\(Self.hint(suggestions))"
        case .sessionAmbiguous(let written, let candidates):
            "«\(written)» ứng với \(candidates.count) phiên (\(candidates.joined(separator: "; "))): "
                + "hãy ghi tên đầy đủ có dấu hoặc mã (id)."
        case .unreadableDay(let text): "Ngày «\(text)» không đọc được (dd/mm/yyyy)."
        case .unreadableStartTime(let text): "Giờ bắt đầu «\(text)» không đọc được (hh:mm)."
        case .roomNotInVenue(let room, let suggestions):
            "Không có phòng «\(room)» ở địa điểm.\(Self.hint(suggestions))"
        case .roomAmbiguous(let written, let candidates):
            "«\(written)» ứng với \(candidates.count) phòng (\(candidates.joined(separator: "; "))): "
                + "hãy ghi tên đầy đủ có dấu hoặc mã (id)."
        case .boothPlanColumnsMissing: "Không thấy trang nào có cột «Đơn vị tham gia» và cột «Gian hàng»."
        case .partyNotInPlan(let name, let suggestions):
            "Không có đơn vị tham gia «\(name)» trong kế hoạch.\(Self.hint(suggestions))"
        case .partyAmbiguous(let written, let candidates):
            "«\(written)» ứng với \(candidates.count) đơn vị tham gia (\(candidates.joined(separator: "; "))): "
                + "hãy ghi tên đầy đủ có dấu hoặc mã (id)."
        case .instructionDropDowns(let sheet):
            "Các cột Tỉnh/TP, Loại hình, Lĩnh vực, Bộ sản phẩm OCOP, Hạng sao, Cấp công nhận, Cần nước/kho lạnh, "
                + "Vai trò và Hình thức tham dự có danh sách chọn: bấm vào ô rồi chọn ở mũi tên bên phải. "
                + "Các danh sách nằm ở trang «\(sheet)». Gõ giá trị khác vẫn được (chỉ có cảnh báo); "
                + "FairPlan kiểm tra lại khi nhập."
        case .dropDownPrompt(let list): Self.vi(prompt: list)
        case .dropDownNotInList(let list):
            list.acceptsOtherValues
                ? "Giá trị không có trong danh sách; vẫn được giữ và FairPlan sẽ kiểm tra khi nhập."
                : "Giá trị không có trong danh sách. Bấm Có/OK để giữ, hoặc chọn lại trong danh sách."
        case .dropDownListColumn(let list): Self.vi(column: list)
        case .pageLabel: "Trang"
        case .instructionBoothRequests, .partyProvinceOrOrganisation, .boothsOutOfRange, .productNotFound,
            .productAmbiguous, .productNotAmongShared, .outsideSubmission, .sharingNotConfirmed, .zoneUnknown,
            .phoneWithoutContact, .boothRequestSkippedWithRow,
            .partiesToImport:
            Self.boothRequestText(self, .vietnamese) ?? ""
        case .timefoldNotJSON, .timefoldTooDeep, .timefoldFieldMissing, .timefoldFieldType,
            .timefoldUnknownReference, .timefoldDuplicateIdentifier, .timefoldTooMany,
            .timefoldValueOutOfRange,
            .timefoldTextTooLong, .timefoldUnsupported, .timefoldTimeslotNotAfterStart:
            Self.timefoldText(self, .vietnamese)
        }
    }
}
