import Foundation
import Planning
import Scheduler
import Store

extension WorkflowMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .error(let error):
            switch error {
            case .noPlanFile(let folder):
                return "Không tìm thấy tệp kế hoạch (*.fairplan) trong thư mục \(folder). "
                    + "Hãy chỉ rõ bằng --plan ĐƯỜNG_DẪN hoặc tạo kế hoạch mới bằng `fairplan init TÊN.fairplan ...`."
            case .severalPlanFiles(let folder, let names):
                return "Thư mục \(folder) có \(names.count) tệp kế hoạch (\(names.joined(separator: ", "))); "
                    + "hãy chọn một tệp bằng --plan ĐƯỜNG_DẪN."
            case .invalidValue(let field, let value, let expected):
                return
                    "\(field.written) «\(value)»: \(WorkflowMessage.expectation(expected).vietnameseText)."
            case .textTooLong(let option, let position, let characters, let maximum):
                let subject = option.map { "Giá trị của \($0)" } ?? "Tham số thứ \(position)"
                return "\(subject) dài \(characters) ký tự, vượt quá giới hạn \(maximum) ký tự."
            case .conflict(let conflict):
                return WorkflowMessage.conflict(conflict).vietnameseText
            case .refusedByValidation(let kind, let name, let findings):
                return
                    "Không ghi \(kind.noun(vi)) «\(name)» vì kiểm tra thấy lỗi; sửa thông tin hoặc dùng --force để vẫn ghi:\n"
                    + findings.map { "  \($0.text(vi))" }.joined(separator: "\n")
            case .exports(let error): return error.text(vi)
            case .editing(let error): return error.text(vi)
            case .manual(let error): return error.text(vi)
            case .journal(let error): return error.text(vi)
            case .queue(let error): return error.text(vi)
            }
        case .expectation(let expected):
            switch expected {
            case .date: return "ghi một ngày có thật, dạng dd/mm/yyyy hoặc yyyy-mm-dd (ví dụ 15/12/2026)"
            case .time: return "ghi giờ dạng HH:MM, ví dụ 08:00"
            case .dateTime:
                return "ghi một ngày giờ có thật, dạng \"dd/mm/yyyy hh:mm\" (ví dụ \"14/01/2027 08:00\")"
            case .timeRange:
                return "ghi khoảng giờ của một ngày có thật, dạng \"dd/mm/yyyy hh:mm-hh:mm\" "
                    + "(ví dụ \"14/01/2027 07:30-11:30\")"
            case .endAfterStart: return "giờ kết thúc phải sau giờ bắt đầu"
            case .closesAfter(let opens): return "giờ đóng cửa phải sau giờ mở cửa \(opens)"
            case .eventSpan(let first, let maximumDays):
                return
                    "ngày kết thúc phải từ ngày bắt đầu (\(first.vietnamese)) và sự kiện dài tối đa \(maximumDays) ngày"
            case .province(let suggestions):
                return "không nhận ra tỉnh/thành phố"
                    + (suggestions.isEmpty ? "" : "; có phải: \(suggestions.joined(separator: ", "))?")
            case .service:
                return "dùng "
                    + BoothService.allCases.map { "\($0.rawValue) (\($0.name(vi)))" }.joined(separator: ", ")
            case .productSet:
                return
                    "không nhận ra bộ sản phẩm OCOP; ghi tên bộ (xem `fairplan template registrations`) hoặc «Bộ sản phẩm số N»"
            case .registrationStatus:
                return "dùng " + RegistrationStatus.allCases.map(\.rawValue).joined(separator: ", ")
            case .boothState:
                return "dùng " + BoothState.allCases.map(\.rawValue).joined(separator: ", ")
            case .integer(let minimum, let maximum):
                return "cần số nguyên từ \(minimum) đến \(maximum)"
            case .seconds(let minimum, let maximum):
                return "cần số giây từ \(Self.number(minimum)) đến \(Self.number(maximum))"
            case .honorific: return "dùng ông, bà hoặc đồng chí"
            case .versionNumber: return "số phiên bản bắt đầu từ 1"
            case .organisationKind:
                return
                    "không suy ra được loại tổ chức từ tên; hãy ghi --kind (htx, tht, lhhtx, qtdnd, dn, hkd)"
            case .planFileName: return "tên tệp kế hoạch phải có đuôi .fairplan"
            case .templateFormat: return "mẫu đăng ký được ghi dạng ods, fods, xlsx hoặc csv"
            case .nameLength(let characters, let maximum):
                return "tên dài \(characters) ký tự, vượt quá giới hạn \(maximum) ký tự; hãy rút gọn"
            case .nonEmptyName:
                return "tên cần có ít nhất một chữ cái hoặc chữ số"
            case .accountName:
                return "tên tài khoản gồm 1 đến 64 chữ cái, chữ số hoặc các dấu . - _ @, không có dấu cách"
            case .password(let minimum, let maximum):
                return "mật khẩu cần từ \(minimum) đến \(maximum) byte (chữ có dấu tính 2–3 byte)"
            case .accountRole: return "vai trò là staff (cán bộ) hoặc admin (quản trị)"
            case .issuingLevel: return "cấp ban hành là cấp huyện, cấp tỉnh hoặc trung ương"
            case .yesOrNo: return "có hoặc không"
            case .passwordFile(let maximumBytes):
                return "cần một tệp đọc được, không quá \(maximumBytes) byte, dòng đầu là mật khẩu"
            case .label(let maximum): return "mỗi nhãn dài tối đa \(maximum) ký tự"
            case .withinOpeningHours: return "khung giờ phải nằm trong giờ mở cửa của một ngày của sự kiện"
            case .newTimeslot: return "khung giờ này đã có trong lịch"
            case .existingTimeslot: return "không có khung giờ nào bắt đầu và kết thúc đúng như vậy"
            case .timeslotCount(let maximum): return "một sự kiện có tối đa \(maximum) khung giờ"
            }
        case .conflict(let conflict):
            switch conflict {
            case .statusNeedsPartiesOrBooths:
                return
                    "--status chỉ dùng với `list parties` (trạng thái đăng ký) và `list booths` (trạng thái gian)."
            case .partyNeedsBoothChanges: return "--party chỉ dùng với sơ đồ gian hàng (--kind booths)."
            case .pointNeedsProgrammeChanges: return "--point chỉ dùng với chương trình (--kind programme)."
            case .passwordsDiffer: return "Hai lần nhập mật khẩu không khớp nhau; hãy nhập lại."
            case .checkingDayWithPlan(let path):
                return "--on chỉ dùng khi kiểm tra không có tệp kế hoạch; với kế hoạch \(path), chứng nhận "
                    + "OCOP được xét theo ngày diễn ra sự kiện."
            case .planAndSample: return "Chỉ dùng một trong --plan và --sample."
            case .publishNeedsPlanFile: return "--publish cần tệp kế hoạch, không dùng với kế hoạch mẫu."
            case .publishWithOtherVenue:
                return "--publish dùng địa điểm của kế hoạch; đổi địa điểm bằng `fairplan venue use`."
            case .fixedAndWindow: return "Chỉ dùng một trong --fixed và --window."
            case .linkAndLinkAll: return "Chỉ dùng một trong --link và --link-all."
            case .provinceOrOrganisation:
                return
                    "Ghi --province (liên minh HTX tỉnh) hoặc --organisation (một tổ chức), chỉ một trong hai."
            case .organisationAndUnit:
                return "Chỉ ghi một trong --organisation (tổ chức đã đăng ký) và --unit."
            case .incompleteRecognition:
                return "Chứng nhận OCOP cần đủ --stars, --decision và --decision-date."
            case .recognitionDetailsWithoutStars:
                return
                    "--issuing-body, --issuing-level, --valid-until và --ocop-code chỉ dùng kèm chứng nhận OCOP (--stars ...)."
            case .contactDetailsWithoutContact:
                return "--phone và --email đi kèm --contact (tên người liên hệ)."
            case .explainAndJSON: return "Chỉ dùng một trong --explain và --json."
            case .versionsOutOfOrder(let from, let to):
                return "Phiên bản đầu (\(from)) phải trước phiên bản sau (\(to))."
            case .nothingNamed(let field):
                switch field {
                case .party: return "Ghi ít nhất một đơn vị tham gia."
                default: return "Ghi ít nhất một tệp."
                }
            }
        case .errorPrefix: return "Lỗi: "
        case .column(let column): return Self.vietnameseColumn(column)
        case .nothingListed(let subject): return "Không có \(Self.vietnameseNoun(subject)) nào."
        case .listedTotal(let count, let subject): return "Tổng: \(count) \(Self.vietnameseNoun(subject))."
        case .onSite: return "Trực tiếp"
        case .unscheduled: return "chưa xếp"
        case .registered(let kind, let name, let id): return "Đã ghi \(kind.noun(vi)) «\(name)» (mã \(id))."
        case .writtenDespiteErrors(let count): return "Đã ghi dù có \(count) lỗi (--force)."
        case .shownAtBooths(let parties):
            let names = parties.map { "«\($0)»" }.joined(separator: ", ")
            return
                "Sản phẩm được trưng bày tại gian hàng của \(names) (gian trưng bày mọi sản phẩm của các tổ chức dùng chung gian)."
        case .confirmed(let party, let from):
            return
                "Đã xác nhận đăng ký của «\(party)» (\(from.name(vi)) → \(RegistrationStatus.confirmed.name(vi)))."
        case .alreadyConfirmed(let party):
            return "Đơn vị «\(party)» đã ở trạng thái «\(RegistrationStatus.confirmed.name(vi))»."
        case .withdrawn(let party, let from):
            return
                "Đã ghi rút đăng ký của «\(party)» (\(from.name(vi)) → \(RegistrationStatus.withdrawn.name(vi)))."
        case .noBoothsFreed:
            return "Đơn vị chưa có gian hàng trong sơ đồ hiện tại; không có gian nào được trả lại."
        case .boothsFreed(let booths):
            return "Gian hàng được trả lại (\(booths.count)): \(booths.joined(separator: ", "))."
        case .noOffers: return "Không có đơn vị nào trong danh sách chờ nhận được các gian này."
        case .offersHeading: return "Đề xuất mời danh sách chờ, theo thứ tự ưu tiên (chưa phân gian):"
        case .offer(let position, let party, let booths):
            return "  \(position). \(party): \(booths.joined(separator: ", "))"
        case .passedOver(let parties):
            return "Đơn vị chờ không vừa khối gian nào (giữ chỗ trong danh sách chờ): "
                + parties.joined(separator: "; ")
        case .unoffered(let booths): return "Gian còn trống sau đề xuất: \(booths.joined(separator: ", "))."
        case .afterWithdrawal:
            return "Khi các đơn vị đồng ý, lập lại sơ đồ gian hàng (fairplan allocate booths) rồi công bố."
        case .importing(let path): return "Đang ghi vào tệp kế hoạch \(path) (một giao dịch)…"
        case .imported(let path, let summary):
            return "Đã nhập vào \(path): \(summary.text(vi))"
        case .checkedOnly(let path): return "Chỉ kiểm tra (--check) theo kế hoạch \(path): không ghi gì."
        case .planCreated(let path, let event, let kind, let first, let last, let province):
            return
                "Đã tạo tệp kế hoạch \(path): \(event) (\(kind.name(vi))), \(first.vietnamese)–\(last.vietnamese), \(province)."
        case .planVenue(let name, let booths, let rooms):
            return "Địa điểm: \(name), \(booths) gian hàng, \(rooms) phòng."
        case .venueSet(let path, let name, let booths, let rooms):
            return "Đã đặt địa điểm cho \(path): \(name) (\(booths) gian hàng, \(rooms) phòng)."
        case .venueValid(let file): return "✔ \(file): hợp lệ"
        case .venueWarnings(let count): return "Cảnh báo (\(count)):"
        case .venueWarning(let warning): return "Cảnh báo: \(warning)"
        case .venueInvalid(let file, let errors): return "✘ \(file): \(errors) lỗi"
        case .venueFilesFailed(let failed, let files):
            return "\(failed) trong \(files) tệp địa điểm có lỗi (xem danh sách ở trên)."
        case .floorPlanWritten(let path): return "Đã ghi sơ đồ mặt bằng: \(path)"
        case .fileWritten(let path): return "Đã ghi: \(path)"
        case .usingSample(let sample):
            return "Không có tệp kế hoạch (*.fairplan) ở thư mục này: dùng kế hoạch mẫu (--sample \(sample))."
        case .changesForParty(let name): return "Gửi đơn vị: \(name)"
        case .changesForPoint(let name): return "Gửi điểm cầu: \(name)"
        case .statusHeading: return "ĐĂNG KÝ GIAN HÀNG THEO TRẠNG THÁI"
        case .statusColumn: return "Trạng thái"
        case .partiesColumn: return "Đơn vị"
        case .boothsRequestedColumn: return "Số gian đăng ký"
        case .total: return "Tổng"
        case .waitingList(let names): return "  Danh sách chờ, theo thứ tự: " + names.joined(separator: "; ")
        case .versionsHeading: return "CÁC PHIÊN BẢN ĐÃ CÔNG BỐ"
        case .notPublished(let kind): return "  \(kind.name(vi)): chưa công bố."
        case .publishedKind(let kind): return "  \(kind.name(vi)):"
        case .publishedVersion(let number, let time, let note):
            return "    Phiên bản \(number) — \(time)" + (note.map { ": \($0)" } ?? "")
        case .pendingLeftOut(let names):
            return
                "Chưa xếp \(names.count) đơn vị đang chờ xác nhận (fairplan confirm): \(names.joined(separator: "; "))."
        case .statusChanged(let party, let status): return "  \(party): \(status.name(vi))"
        case .boothPlanPublished(let version):
            return "Đã lưu và công bố sơ đồ gian hàng, phiên bản \(version)."
        case .boothPlanSaved: return "Đã lưu sơ đồ gian hàng vào tệp kế hoạch (chưa công bố; dùng --publish)."
        case .programmePublished(let version): return "Đã lưu và công bố chương trình, phiên bản \(version)."
        case .timetableSaved: return "Đã lưu lịch vào tệp kế hoạch (chưa công bố; dùng --publish)."
        case .timeslotAdded(let slot, let count):
            return "Đã thêm khung giờ \(slot.spanText); lịch có \(count) khung giờ."
        case .timeslotRemoved(let slot, let count):
            return "Đã bỏ khung giờ \(slot.spanText); lịch còn \(count) khung giờ."
        case .timeslotGrid(let count, let pause):
            return "Khung giờ (\(count)), nghỉ tối thiểu giữa hai phiên của một người: \(pause) phút:"
        case .timeslotLine(let slot):
            return "  \(slot.spanText)"
                + (slot.kinds.isEmpty
                    ? " — mọi loại phiên" : " — " + slot.kinds.map { $0.name(vi) }.joined(separator: ", "))
                + (slot.tags.isEmpty ? "" : " — nhãn: " + slot.tags.joined(separator: ", "))
        case .allocationSummary(let title, let placed, let booths, let waiting, let score, let seed):
            return """
                \(title): đã xếp \(placed) đơn vị vào \(booths) gian, \(waiting) đơn vị trong danh sách chờ.
                Tổng điểm \(score.scoreText(in: .vietnamese)) (hạt giống \(seed)); xem --explain để biết chi tiết, --json cho công cụ khác.
                """
        case .timetableSummary(let placed, let unplaced, let penalty, let seed):
            return "Đã xếp \(placed) phiên, \(unplaced) phiên chưa xếp được; tổng điểm phạt \(penalty) "
                + "(hạt giống \(seed)); xem --explain, --json."
        case .violations(let count): return "Vi phạm: \(count)."
        case .allocating(let iteration, let total, let placed):
            return "Đang phân gian: vòng \(iteration)/\(total), \(placed) đơn vị đã xếp"
        case .scheduling(let placed, let total, let iterations):
            return "Đang xếp lịch: \(placed)/\(total) phiên, vòng \(iterations)"
        case .unknownProvince: return "Chưa rõ tỉnh"
        case .everyonePlaced: return "Mọi đơn vị đều đã được xếp gian"
        case .waitingListNote(let count): return "Chưa xếp được gian — danh sách chờ (\(count))"
        case .waitingEntry(let position, let party, let booths, let reason):
            return "\(position). \(party) (\(booths) gian): \(reason)"
        case .demoPublication: return "Bản công bố của chương trình mẫu (demo)"
        case .demoPlanFile(let path, let allocated):
            return allocated
                ? "Đã ghi tệp kế hoạch mẫu (đã phân gian): \(path)"
                : "Đã ghi tệp kế hoạch mẫu (đã xếp lịch): \(path)"
        case .demoNationalHall: return "PHÂN GIAN HÀNG — NHÀ TRIỂN LÃM QUỐC GIA"
        case .demoClusterArea(let booths, let cluster):
            return "PHÂN GIAN HÀNG — KHU CỤM THI ĐUA (\(booths) gian, \(cluster))"
        case .demoBriefing(let points): return "XẾP LỊCH HỘI NGHỊ TRỰC TUYẾN (\(points) điểm cầu)"
        case .technicianPosition: return "Kỹ thuật"
        case .exports(let message): return message.text(vi)
        case .editing(let message): return message.text(vi)
        case .manual(let message): return message.text(vi)
        case .journal(let message): return message.text(vi)
        case .queue(let message): return message.text(vi)
        case .imports(let message): return message.text(vi)
        }
    }

    /// A number without needless decimals.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func vietnameseNoun(_ subject: ListPlan.Subject) -> String {
        switch subject {
        case .organisations: "tổ chức"
        case .products: "sản phẩm"
        case .people: "người"
        case .parties: "đơn vị tham gia"
        case .booths: "gian hàng"
        case .sessions: "nội dung chương trình"
        }
    }

    static func vietnameseColumn(_ column: ListColumn) -> String {
        switch column {
        case .number: "STT"
        case .organisation: "Tên tổ chức"
        case .kind: "Loại"
        case .code: "Mã số"
        case .province: "Tỉnh/TP"
        case .members: "Thành viên"
        case .id: "Mã"
        case .product: "Tên sản phẩm"
        case .owner: "Chủ thể"
        case .productSet: "Nhóm OCOP"
        case .stars: "Hạng sao"
        case .validUntil: "Hiệu lực đến"
        case .person: "Họ và tên"
        case .position: "Chức vụ"
        case .unit: "Đơn vị"
        case .attendance: "Tham dự"
        case .role: "Vai trò"
        case .party: "Đơn vị tham gia"
        case .boothsWanted: "Số gian"
        case .booths: "Gian hàng"
        case .status: "Trạng thái"
        case .priority: "Ưu tiên"
        case .registeredAt: "Đăng ký lúc"
        case .booth: "Gian"
        case .hall: "Nhà"
        case .zone: "Khu"
        case .boothKind: "Loại"
        case .services: "Dịch vụ"
        case .state: "Tình trạng"
        case .date: "Ngày"
        case .start: "Bắt đầu"
        case .end: "Kết thúc"
        case .content: "Nội dung"
        case .sessionKind: "Loại"
        case .room: "Phòng"
        }
    }
}
