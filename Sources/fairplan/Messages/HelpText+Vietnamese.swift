import Planning

extension HelpText {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .optionYes: "Làm luôn, không hỏi lại (dùng trong kịch bản tự động)."
        case .confirmChoices: "[c/K]"
        case .confirmDeclined: "Đã hủy, không thay đổi gì."
        case .invalidLanguage(let value): "--lang «\(value)»: dùng vi (tiếng Việt) hoặc en (tiếng Anh)."
        case .dashedWord(let value, let option):
            "«\(value)» bắt đầu bằng dấu trừ nên được đọc như một tùy chọn: "
                + (option.map { "là giá trị của \($0) thì hãy ghi liền với dấu bằng: \($0)=\(value)" }
                    ?? "là một tên thì hãy ghi sau «--»: -- \(value)") + "."
        case .negativeArgument(let value):
            "«\(value)» bắt đầu bằng dấu trừ nên không được đọc là một tham số: số ở vị trí này phải từ 1 trở lên (số phiên bản, số bước); một tên bắt đầu bằng «-» hãy ghi sau «--», ví dụ: -- \(value)"
        case .rootAbstract:
            "Lập kế hoạch hội chợ, triển lãm của hợp tác xã và hội nghị trực tuyến kết hợp trực tiếp."
        case .rootDiscussion:
            """
            FairPlan ghi nhận hợp tác xã, sản phẩm OCOP và đại biểu, mô tả địa điểm và điểm cầu, phân \
            gian hàng, xếp lịch các phiên và kiểm tra kế hoạch theo đúng các quy định ban tổ chức áp \
            dụng. Mỗi kế hoạch nằm trong một tệp kế hoạch (*.fairplan): các lệnh tìm tệp qua --plan \
            ĐƯỜNG_DẪN hoặc lấy tệp *.fairplan duy nhất trong thư mục hiện tại. Chạy `fairplan demo` để \
            xem công việc chính trên dữ liệu mẫu có sẵn.

            Ngôn ngữ: mặc định tiếng Việt; --lang en (ở bất kỳ vị trí nào trên dòng lệnh) hoặc \
            FAIRPLAN_LANG=en để dùng tiếng Anh, --lang vi để dùng tiếng Việt.
            """
        case .optionLanguage:
            "Ngôn ngữ của hướng dẫn và thông báo: vi (mặc định) hoặc en; hoặc đặt FAIRPLAN_LANG."
        case .optionPlan: "Tệp kế hoạch (mặc định: tệp *.fairplan duy nhất trong thư mục hiện tại)."
        case .optionSample:
            "Dùng kế hoạch mẫu có sẵn thay cho tệp kế hoạch: fair (hội chợ) hoặc briefing (hội nghị)."
        case .optionVenueForRun:
            "Dùng tệp địa điểm này thay cho địa điểm của kế hoạch (tệp kế hoạch không bị thay đổi)."
        case .optionPublish: "Lưu kết quả vào tệp kế hoạch và công bố thành phiên bản đánh số tiếp theo."
        case .optionNote: "Ghi chú lưu kèm phiên bản được công bố."
        case .optionSeed: "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng kết quả."
        case .optionIterations: "Số bước cải thiện tối đa."
        case .optionTimeLimit: "Thời gian tối đa, tính bằng giây (trả về kết quả tốt nhất đến lúc đó)."
        case .optionExplain:
            "In bản giải trình: xếp ở đâu, điểm theo từng thành phần, chưa xếp được gì và vì sao."
        case .optionJSON: "Chỉ in kết quả thành một tài liệu JSON ra đầu ra chuẩn (thông báo ra đầu ra lỗi)."
        case .optionFindings: "Số phát hiện liệt kê cho mỗi mức độ (vẫn đếm đủ tất cả)."
        case .optionForce: "Vẫn ghi dù kiểm tra thấy lỗi."
        case .contactName: "Họ tên người liên hệ."
        case .contactPhone: "Số điện thoại người liên hệ."
        case .contactEmail: "Thư điện tử người liên hệ."
        case .demoAbstract: "Dựng hội chợ và hội nghị trực tuyến mẫu, lập kế hoạch và in bản tổng hợp."
        case .demoDiscussion:
            """
            Dữ liệu mẫu có sẵn trong chương trình nên lệnh chạy được ở bất kỳ thư mục nào. Dữ liệu là \
            hư cấu: một hội chợ HTX toàn quốc với một cụm thi đua vùng gồm 6 tỉnh (61 hợp tác xã, 112 \
            sản phẩm, 30 gian hàng) bên cạnh các cụm khác, và một hội nghị trực tuyến có điểm cầu chính \
            và 9 điểm cầu thành phần. Lệnh phân gian ở nhà triển lãm quốc gia và khu 30 gian của cụm, \
            xếp lịch hội nghị, rồi ghi sơ đồ mặt bằng, các danh sách và hai tệp kế hoạch \
            hoi-cho.fairplan, hoi-nghi.fairplan (tạo lại mỗi lần chạy) vào Exports/demo/.
            """
        case .demoOutput: "Thư mục ghi sơ đồ, danh sách và tệp kế hoạch (mặc định: Exports/demo)."
        case .initAbstract: "Tạo tệp kế hoạch mới (*.fairplan) cho một hội chợ hoặc hội nghị."
        case .initDiscussion:
            """
            Sự kiện diễn ra mọi ngày từ --from đến --to với cùng giờ mở cửa. Không bao giờ ghi đè tệp \
            đã có. Với --venue, tệp địa điểm được đọc (kiểm tra lược đồ và quy tắc địa điểm) và lưu vào \
            kế hoạch; có thể đặt hoặc thay sau bằng `fairplan venue use TỆP`.
            """
        case .initPath: "Tệp kế hoạch mới, ví dụ hoi-cho-2026.fairplan."
        case .initName: "Tên chính thức của sự kiện."
        case .initKind:
            "Loại sự kiện: fair (hội chợ), conference (hội nghị) hoặc hybrid-conference (hội nghị trực tuyến)."
        case .initOrganiser: "Đơn vị tổ chức, ví dụ \"Liên minh Hợp tác xã tỉnh Lào Cai\"."
        case .initProvince: "Tỉnh/thành phố đăng cai."
        case .initFrom: "Ngày đầu (dd/mm/yyyy hoặc yyyy-mm-dd)."
        case .initTo: "Ngày cuối (dd/mm/yyyy hoặc yyyy-mm-dd)."
        case .initOpens: "Giờ mở cửa mỗi ngày."
        case .initCloses: "Giờ đóng cửa mỗi ngày."
        case .initVenue: "Tệp địa điểm dùng cho sự kiện (xem `fairplan venue check`)."
        case .initID: "Mã sự kiện (mặc định: tạo từ tên)."
        case .venueAbstract: "Kiểm tra tệp địa điểm, vẽ sơ đồ mặt bằng, đặt địa điểm cho kế hoạch."
        case .venueDiscussion: "Tệp địa điểm là XML theo định dạng mô tả trong Venues/README.md."
        case .venueCheckAbstract: "Kiểm tra tệp địa điểm (lược đồ và quy tắc địa điểm) và tóm tắt từng tệp."
        case .venueCheckDiscussion: "Mọi lỗi được liệt kê kèm tệp và dòng. Mã thoát 1 khi có tệp bị lỗi."
        case .venueShowAbstract:
            "Tóm tắt một địa điểm và ghi sơ đồ mặt bằng dạng SVG (mặc định trong Exports/)."
        case .venueUseAbstract:
            "Đọc tệp địa điểm và đặt làm địa điểm của kế hoạch (lưu một bản trong kế hoạch)."
        case .venueUseDiscussion:
            """
            Tệp được kiểm tra (lược đồ, rồi quy tắc địa điểm) và bị từ chối kèm mọi lỗi nếu có lỗi; các \
            cảnh báo được in ra. Không thay địa điểm khi sơ đồ gian hàng hiện tại có gian không nằm \
            trong địa điểm mới.
            """
        case .venueFiles: "Các tệp địa điểm cần kiểm tra."
        case .venueFile: "Tệp địa điểm."
        case .venueSVG: "Nơi ghi sơ đồ mặt bằng SVG (mặc định: Exports/<mã địa điểm>.svg)."
        case .registerAbstract:
            "Ghi nhận thủ công một tổ chức, sản phẩm, người, đơn vị tham gia, điểm cầu hoặc phiên."
        case .registerDiscussion:
            """
            Mỗi đăng ký được kiểm tra theo các quy tắc với toàn bộ kế hoạch (trùng mã số HTX, tỉnh/thành, \
            chứng nhận OCOP trong những ngày diễn ra sự kiện, dịch vụ cho thực phẩm tươi sống, ...). Các \
            phát hiện về mục mới được in ra; có lỗi thì không ghi, trừ khi dùng --force; cảnh báo không \
            ngăn việc ghi. Mỗi lệnh ghi trong một giao dịch. Tổ chức được gọi bằng mã (id), mã số HTX \
            (số 0 đầu bị mất được khôi phục), tên hoặc tên viết tắt; sản phẩm, đơn vị tham gia, người, \
            điểm cầu và phiên bằng mã hoặc tên. Tên được so khớp dễ dãi (chữ hoa thường, khoảng trắng, \
            viết tắt như HTX, viết không dấu khi chỉ khớp một mục) nhưng dấu thanh phân biệt tên vẫn được giữ.
            """
        case .organisationAbstract: "Ghi nhận một tổ chức (HTX, tổ hợp tác, liên hiệp HTX, quỹ TDND, ...)."
        case .organisationDiscussion:
            """
            Khi không ghi --kind, loại hình được suy ra từ tên ("Hợp tác xã ...", "HTX ..."). Lĩnh vực mặc \
            định là tín dụng với quỹ tín dụng nhân dân, nông nghiệp với các loại khác.
            """
        case .organisationName: "Tên đầy đủ, ví dụ \"Hợp tác xã Nông nghiệp Tân Hòa\"."
        case .organisationKind:
            "Loại hình: htx, tht, lhhtx, qtdnd, dn, hkd (hoặc hop-tac-xa, to-hop-tac, ...)."
        case .organisationSector: "Lĩnh vực: nong-nghiep, phi-nong-nghiep hoặc tin-dung."
        case .organisationProvince: "Tỉnh/thành phố đặt trụ sở (tên sau 2025 hoặc tên cũ)."
        case .organisationCode: "Mã số HTX (mã số thuế): 10 chữ số, chi nhánh thêm -NNN."
        case .organisationShortName: "Tên viết tắt thường dùng, ví dụ \"HTX NN Tân Hòa\"."
        case .organisationAddress: "Địa chỉ."
        case .organisationMembers: "Số thành viên (với liên hiệp: số HTX thành viên)."
        case .organisationID:
            "Mã (id) đặt cho tổ chức (mặc định: tạo từ tên viết tắt hoặc tên, ví dụ tc-htx-tan-hoa)."
        case .productAbstract: "Ghi nhận một sản phẩm của tổ chức, kèm chứng nhận OCOP nếu có."
        case .productDiscussion:
            """
            Chứng nhận OCOP cần đủ --stars, --decision và --decision-date; chứng nhận được xét trong \
            những ngày diễn ra sự kiện (hết hạn hoặc chưa có hiệu lực là lỗi).
            """
        case .productName: "Tên sản phẩm như trên danh sách."
        case .productOwner: "Chủ thể: mã (id), mã số HTX, tên hoặc tên viết tắt của tổ chức."
        case .productSet: "Bộ sản phẩm OCOP (tên, một phần riêng của tên, hoặc \"Bộ sản phẩm số N\")."
        case .productStars: "Hạng sao OCOP (3, 4 hoặc 5)."
        case .productDecision: "Số quyết định công nhận, ví dụ 2919/QĐ-UBND."
        case .productDecisionDate: "Ngày quyết định (dd/mm/yyyy hoặc yyyy-mm-dd)."
        case .productIssuingBody: "Cơ quan ban hành quyết định, ví dụ \"UBND tỉnh Cà Mau\"."
        case .productIssuingLevel:
            "Cấp ban hành: district (huyện), province (tỉnh) hoặc central (trung ương)."
        case .productValidUntil: "Ngày hết hiệu lực ghi trong quyết định (thay cho 36 tháng)."
        case .productOCOPCode: "Mã sản phẩm OCOP."
        case .productColdChain: "Thực phẩm tươi sống cần nước hoặc kho lạnh tại gian hàng."
        case .productID: "Mã (id) đặt cho sản phẩm (mặc định: tạo từ tên, ví dụ sp-mat-ong)."
        case .personAbstract:
            "Ghi nhận một người (đại biểu, báo cáo viên, chủ trì, ...) và hình thức tham dự."
        case .personDiscussion:
            """
            --organisation gọi một tổ chức đã đăng ký (mã, mã số HTX hoặc tên); đơn vị khác ghi bằng \
            --unit. Người tham dự trực tiếp, hoặc tại điểm cầu ghi ở --point (mã, tên hoặc tỉnh), với \
            vai trò ghi ở --role.
            """
        case .personName: "Họ và tên, ví dụ \"Nguyễn Thị Hoa\"."
        case .personHonorific: "Danh xưng: ông, bà hoặc đồng chí."
        case .personPosition: "Chức vụ, ví dụ \"Giám đốc\"."
        case .personOrganisation: "Tổ chức đã đăng ký mà người này đại diện."
        case .personUnit: "Đơn vị in trên danh sách khi không phải tổ chức đã đăng ký."
        case .personProvince: "Tỉnh/thành phố của người tham dự."
        case .personPhone: "Số điện thoại."
        case .personEmail: "Thư điện tử."
        case .personPoint: "Điểm cầu nơi người này tham dự (mặc định: trực tiếp)."
        case .personRole: "Vai trò: chair, guest, delegate, speaker, organiser, technician hoặc press."
        case .personID: "Mã (id) đặt cho người (mặc định: tạo từ tên, ví dụ db-nguyen-thi-hoa)."
        case .partyAbstract:
            "Ghi nhận một đơn vị tham gia (liên minh HTX tỉnh hoặc một tổ chức) và số gian đăng ký."
        case .partyDiscussion:
            """
            Liên minh HTX tỉnh (--province) trưng bày cho các HTX ghi ở --share; một tổ chức \
            (--organisation) trưng bày cho chính mình và các tổ chức ở --share. Sản phẩm trưng bày là \
            các sản phẩm ghi ở --products, nếu không thì mọi sản phẩm đã đăng ký của các tổ chức cùng \
            gian. Đăng ký ở trạng thái chờ xác nhận (xác nhận bằng `fairplan confirm`); thời điểm đăng \
            ký là lúc ghi, và danh sách chờ ưu tiên --priority cao hơn trước, rồi đăng ký sớm hơn.
            """
        case .partyName: "Tên trên bảng tên gian hàng, ví dụ \"Liên minh HTX tỉnh Cà Mau\"."
        case .partyProvince: "Với liên minh HTX tỉnh: tỉnh của liên minh."
        case .partyOrganisation: "Với một tổ chức: mã, mã số HTX hoặc tên của tổ chức."
        case .partyBooths: "Số gian tiêu chuẩn đăng ký, xếp liền thành một khối (từ 1 đến 200)."
        case .partyShare: "Các tổ chức cùng gian (ghi lặp lại hoặc cách nhau bằng dấu phẩy)."
        case .partyProducts: "Sản phẩm trưng bày (mã hoặc tên; mặc định: mọi sản phẩm của các tổ chức)."
        case .partyServices: "Dịch vụ cần: power, water, cold-storage (hoặc điện, nước, kho lạnh)."
        case .partyZone: "Khu hoặc nhãn khu mong muốn, theo thứ tự ưu tiên."
        case .partyPriority: "Mức ưu tiên của ban tổ chức trong danh sách chờ (cao hơn trước)."
        case .partyCluster: "Cụm thi đua gửi đăng ký."
        case .partyNotes: "Ghi chú từ phiếu đăng ký."
        case .partyID: "Mã (id) đặt cho đơn vị (mặc định: tạo từ tên, ví dụ dv-lien-minh-htx-tinh-ca-mau)."
        case .pointAbstract: "Ghi nhận một điểm cầu của hội nghị trực tuyến."
        case .pointDiscussion:
            """
            Mỗi điểm cầu có hội trường với sức chứa, đơn vị chủ nhà, người chủ trì, các khung giờ hội \
            trường sẵn sàng (--available, ghi lặp lại), thời gian thử đường truyền cần trước phiên kết \
            nối đầu tiên (--link-test, phút) và cán bộ kỹ thuật để liên hệ.
            """
        case .pointName: "Tên điểm cầu, ví dụ \"Điểm cầu Sơn La\"."
        case .pointProvince: "Tỉnh/thành phố."
        case .pointHost: "Đơn vị chủ nhà: đơn vị có hội trường."
        case .pointCapacity: "Số chỗ ngồi của hội trường."
        case .pointRole: "main (điểm cầu chính) hoặc satellite (điểm cầu thành phần)."
        case .pointChair: "Người chủ trì tại điểm cầu (mã hoặc tên)."
        case .pointAvailable: "Khung giờ hội trường sẵn sàng: \"dd/mm/yyyy hh:mm-hh:mm\" (ghi lặp lại)."
        case .pointLinkTest: "Số phút thử đường truyền cần trước phiên kết nối đầu tiên của mỗi ngày."
        case .pointTechnician: "Cán bộ kỹ thuật phụ trách đường truyền."
        case .pointPhone: "Số điện thoại cán bộ kỹ thuật."
        case .pointID: "Mã (id) đặt cho điểm cầu (mặc định: tạo từ tên, ví dụ dc-diem-cau-son-la)."
        case .sessionAbstract: "Ghi nhận một phiên của chương trình, để xếp lịch bằng `schedule sessions`."
        case .sessionDiscussion:
            """
            --link ghi các điểm cầu kết nối với phiên (ghi lặp lại, hoặc --link-all); phiên có kết nối \
            cần phòng có thiết bị truyền hình. --fixed cố định giờ bắt đầu ("dd/mm/yyyy hh:mm"); \
            --window giới hạn khung giờ ("dd/mm/yyyy hh:mm-hh:mm"); --first, --last và --after quy định \
            thứ tự. --room và --start xếp phiên bằng tay (kiểm tra bằng `fairplan check sessions`).
            """
        case .sessionTitle: "Tên phiên, ví dụ \"Báo cáo kết quả năm 2026\"."
        case .sessionKind:
            """
            Loại phiên: opening (khai mạc), report (báo cáo), contribution (tham luận), directive-speech \
            (phát biểu chỉ đạo), discussion (thảo luận), emulation-review (bình xét thi đua), \
            pact-signing (ký kết giao ước), cluster-leader-election (bầu cụm trưởng), awards (khen \
            thưởng), matchmaking (kết nối cung cầu), site-visit (tham quan), cultural (văn nghệ), break \
            (giải lao), closing (bế mạc).
            """
        case .sessionMinutes: "Độ dài, tính bằng phút."
        case .sessionChair: "Người chủ trì (mã hoặc tên)."
        case .sessionSpeaker: "Người trình bày (mã hoặc tên; ghi lặp lại)."
        case .sessionAudience: "Số người dự dự kiến trong phòng."
        case .sessionLink: "Điểm cầu kết nối với phiên (ghi lặp lại)."
        case .sessionLinkAll: "Kết nối phiên với mọi điểm cầu của kế hoạch."
        case .sessionFixed: "Giờ bắt đầu cố định: \"dd/mm/yyyy hh:mm\"."
        case .sessionWindow: "Khung giờ cho phép: \"dd/mm/yyyy hh:mm-hh:mm\"."
        case .sessionFirst: "Phiên phải diễn ra đầu tiên."
        case .sessionLast: "Phiên phải diễn ra sau cùng."
        case .sessionAfter: "Phiên phải diễn ra sau phiên này (mã hoặc tên)."
        case .sessionTrack: "Nhóm phiên nên giữ trong cùng một phòng."
        case .sessionRoom: "Phòng, khi xếp bằng tay (mã hoặc tên phòng của địa điểm)."
        case .sessionStart: "Giờ bắt đầu, khi xếp bằng tay: \"dd/mm/yyyy hh:mm\"."
        case .sessionID: "Mã (id) đặt cho phiên (mặc định: tạo từ tên)."
        case .templateKind: "Mẫu cần ghi: registrations (đăng ký)."
        case .templateFormat: "Định dạng: ods, fods, xlsx hoặc csv."
        case .templateOut: "Tệp ghi ra (ods, fods, xlsx) hoặc thư mục (csv); mặc định trong Exports/."
        case .importAbstract:
            "Nhập các mẫu đăng ký đã điền (ODS, FODS, XLSX hoặc CSV) vào kế hoạch, hoặc chỉ kiểm tra."
        case .importDiscussion:
            """
            Từng dòng được kiểm tra theo các quy tắc với kế hoạch (HTX đã đăng ký ở đợt trước là trùng); \
            các vấn đề được liệt kê theo tệp, trang, dòng và cột. Tiêu đề cột được nhận ra bằng tiếng \
            Việt có dấu hoặc không dấu và bằng tiếng Anh; ngày dạng ô ngày, dd/mm/yyyy hoặc yyyy-mm-dd; \
            tỉnh theo tên cũ hoặc mới. Việc nhập là tất cả hoặc không gì cả, trong một giao dịch: có gì \
            sai thì không ghi gì, trừ khi --skip-invalid bỏ qua các dòng lỗi. Với --check không ghi gì; \
            không có tệp kế hoạch (không có trong thư mục, không ghi --plan) thì --check kiểm tra riêng \
            các tệp, xét chứng nhận OCOP theo ngày --on. Mã thoát 1 khi không nhập được.
            """
        case .importFiles: "Các mẫu đã điền: .xlsx, .ods, .fods hoặc .csv (mỗi trang một tệp CSV)."
        case .importCheck: "Chỉ kiểm tra: in báo cáo, không thay đổi gì."
        case .importSkipInvalid: "Bỏ qua các dòng lỗi thay vì từ chối cả lần nhập."
        case .importOn:
            "Khi kiểm tra không có kế hoạch: xét chứng nhận OCOP theo ngày này (mặc định hôm nay)."
        case .listAbstract:
            "Liệt kê tổ chức, sản phẩm, người, đơn vị tham gia, gian hàng hoặc phiên của kế hoạch."
        case .listDiscussion:
            """
            Bảng theo thứ tự tiếng Việt (người theo tên, rồi họ, rồi tên đệm; gian theo nhà và mã gian; \
            phiên theo thời gian). --status lọc đơn vị theo trạng thái đăng ký (pending, confirmed, \
            placed, waitlisted, withdrawn) và gian theo tình trạng (available, held, assigned, blocked).
            """
        case .listSubject: "Cần liệt kê: organisations, products, people, parties, booths, sessions."
        case .listStatus: "Chỉ các đơn vị có trạng thái đăng ký này, hoặc các gian ở tình trạng này."
        case .confirmAbstract: "Xác nhận đăng ký của các đơn vị tham gia (chờ xác nhận → đã xác nhận)."
        case .confirmDiscussion:
            """
            Đơn vị được gọi bằng mã hoặc tên. Tất cả được xác nhận trong một giao dịch, hoặc không đơn \
            vị nào khi có một đơn vị không xác nhận được (đã rút, đã xếp gian, tên không có).
            """
        case .confirmParties: "Các đơn vị cần xác nhận: mã hoặc tên."
        case .withdrawAbstract: "Ghi rút đăng ký của một đơn vị; gian được trả lại và mời danh sách chờ."
        case .withdrawDiscussion:
            """
            Trong một giao dịch, đăng ký chuyển sang đã rút (không thể hoàn lại) và các gian của đơn vị \
            ra khỏi sơ đồ. Các gian trống được mời các đơn vị chờ theo thứ tự (ưu tiên, rồi thời điểm \
            đăng ký, rồi thứ tự đăng ký), mỗi đơn vị một khối liền đúng số gian, khu và dịch vụ, theo quy \
            tắc phân gian. Đề xuất được lưu và in ra, chưa phân gian: từng đơn vị nhận hoặc từ chối bằng \
            `fairplan offer accept|decline`.
            """
        case .withdrawParty: "Đơn vị rút đăng ký: mã hoặc tên."
        case .allocateAbstract:
            "Phân gian hàng cho các đơn vị tham gia, kèm điểm theo từng thành phần và danh sách chờ."
        case .allocateDiscussion:
            """
            Quy tắc bắt buộc: mỗi gian một đơn vị, các gian của một đơn vị liền thành một khối chung \
            vách, đúng khu và khu thực phẩm, đủ dịch vụ (nước cho thực phẩm tươi sống), giữ các gian đã \
            ghim hoặc giữ chỗ. Mong muốn, chấm điểm theo thành phần: dãy thẳng khi hàng gian cho phép \
            (nếu không thì khối gọn hai hàng), mỗi tỉnh một khu gian, đúng khu ngành hàng, không cạnh \
            gian cùng sản phẩm, gian góc và mặt đường chính cho sản phẩm nhiều sao OCOP rồi đăng ký \
            sớm, ít đơn vị phải chuyển so với sơ đồ đã công bố. Đơn vị chưa xếp được được liệt kê kèm \
            lý do và vị trí trong danh sách chờ. Với tệp kế hoạch chỉ các đăng ký đã xác nhận được \
            xếp; đơn vị đã rút không bao giờ được xếp.
            """
        case .allocateTarget: "Cần phân: booths (gian hàng)."
        case .allocateSVG:
            "Ghi sơ đồ mặt bằng (sự kiện, phiên bản phương án, gian tô màu theo đơn vị, bảng tra, danh sách chờ) vào tệp SVG này; đường dẫn .png hoặc .pdf được chuyển bằng rsvg-convert."
        case .allocateParty: "Cùng --svg: tô đậm gian của đơn vị này trên sơ đồ, làm mờ các gian khác."
        case .allocateCluster: "Chỉ các đơn vị của cụm thi đua này (tên cụm hoặc một phần riêng của tên)."
        case .scheduleAbstract: "Xếp lịch các phiên theo phòng, người và điểm cầu, kèm lý do."
        case .scheduleDiscussion:
            """
            Quy tắc bắt buộc: không phòng, người hay điểm cầu nào ở hai phiên cùng lúc; đủ chỗ trong \
            phòng; phiên có kết nối chỉ xếp ở phòng có thiết bị truyền hình, khi mọi điểm cầu kết nối \
            sẵn sàng và đã thử đường truyền; thứ tự (khai mạc đầu tiên, bế mạc sau cùng); giờ cố định và \
            khung giờ; giờ mở cửa. Mong muốn, chấm điểm theo thành phần: phiên toàn thể buổi sáng, ít \
            thời gian chờ ở điểm cầu, nhóm phiên giữ một phòng, ít phiên phải dời so với chương trình \
            đã công bố. Phiên chưa xếp được được liệt kê kèm các ràng buộc ngăn trở.
            """
        case .scheduleTarget: "Cần xếp: sessions (các phiên)."
        case .checkAbstract:
            "Kiểm tra sơ đồ gian hàng hoặc chương trình lập bằng tay (một bảng tính) và liệt kê mọi vi phạm."
        case .checkDiscussion:
            """
            Sơ đồ gian hàng cần cột đơn vị (Đơn vị tham gia) và cột gian (Gian hàng, các mã cách nhau \
            bằng dấu phẩy), như danh sách đơn vị tham gia FairPlan xuất ra; mọi vi phạm bắt buộc (gian \
            giao hai lần, gian bị khóa hoặc không có, khối không liền, sai khu, thiếu nước, không giữ \
            gian ghim, sai số gian) và mọi phát hiện khác được liệt kê, kèm điểm theo thành phần. Chương \
            trình cần các cột Nội dung, Ngày, Bắt đầu và Phòng, như chương trình xuất ra; mọi trùng \
            phòng, người hay điểm cầu, sức chứa, thiết bị truyền hình, thử đường truyền, thứ tự, giờ cố \
            định và khung giờ được liệt kê. Mã thoát 1 khi có vi phạm bắt buộc.
            """
        case .checkTarget: "Cần kiểm tra: booths (sơ đồ gian hàng) hoặc sessions (chương trình)."
        case .checkFile: "Bản lập bằng tay: .ods, .fods hoặc .csv."
        case .checkJSON: "Chỉ in các phát hiện thành một tài liệu JSON ra đầu ra chuẩn."
        case .changesAbstract:
            "Xem những gì thay đổi giữa hai phiên bản đã công bố: thông báo thay đổi để gửi đi."
        case .changesDiscussion:
            """
            Với sơ đồ gian hàng: đơn vị chuyển gian (gian cũ → gian mới), mới được xếp, không còn được \
            xếp, gian được trả lại và gian mới giao. Với chương trình: phiên dời giờ hoặc đổi phòng, \
            thêm, bỏ. Không ghi phiên bản thì so phiên bản công bố gần nhất với kế hoạch hiện tại; chỉ \
            ghi FROM thì so FROM với kế hoạch hiện tại; ghi FROM TO thì so hai phiên bản. --party chỉ giữ \
            những gì liên quan một đơn vị (sơ đồ gian), --point những gì liên quan một điểm cầu (chương trình).
            """
        case .changesFrom: "Phiên bản so từ (mặc định: phiên bản công bố gần nhất)."
        case .changesTo: "Phiên bản so đến (mặc định: kế hoạch hiện tại)."
        case .changesKind: "Phần thay đổi: booths (sơ đồ gian hàng) hoặc programme (chương trình)."
        case .changesParty: "Chỉ những gì liên quan đơn vị tham gia này (mã hoặc tên)."
        case .changesPoint: "Chỉ những gì liên quan điểm cầu này (mã hoặc tên)."
        case .exportAbstract:
            "Xuất danh sách: attendees (đại biểu), products (sản phẩm), exhibitors (đơn vị và gian), programme (chương trình), summary (tổng hợp) hoặc all (tất cả)."
        case .exportDiscussion:
            """
            ODS và FODS ghi nhiều danh sách trong một tệp bảng tính (mỗi danh sách một trang); XML và \
            CSV ghi mỗi danh sách một tệp; frab (lịch cho ứng dụng hội nghị) và ics (iCalendar) dành \
            cho chương trình. Tên trang, tiêu đề cột và nội dung theo ngôn ngữ đang dùng. Tệp được ghi \
            vào tệp tạm rồi đổi tên, mặc định trong Exports/. Kế hoạch là tệp kế hoạch (--plan \
            ĐƯỜNG_DẪN, hoặc tệp *.fairplan duy nhất trong thư mục hiện tại); --sample fair|briefing xuất \
            kế hoạch mẫu, và là mặc định khi không có tệp kế hoạch.
            """
        case .exportList: "Danh sách cần xuất: attendees, products, exhibitors, programme, summary, all."
        case .exportFormat: "Định dạng: ods, fods, xlsx, xml, csv, frab, ics."
        case .exportOut:
            "Tệp ghi ra (hoặc thư mục khi có nhiều tệp); mặc định trong Exports/; - để ghi ra đầu ra chuẩn."
        case .exportOrder: "Thứ tự đại biểu: alphabetical (theo tên) hoặc protocol (theo nghi thức)."
        case .exportPoint:
            "Chỉ điểm cầu này: danh sách đại biểu chỉ gồm người dự tại điểm cầu, chương trình frab và ics chỉ gồm các phiên của điểm cầu; mã hoặc tên."
        case .reportAbstract:
            "In bản tổng hợp kế hoạch, các đăng ký theo trạng thái và các phiên bản đã công bố."
        case .reportDiscussion:
            """
            Bản tổng hợp đưa vào báo cáo của liên minh: tổ chức theo tỉnh và loại hình, sản phẩm theo \
            nhóm, số gian đăng ký theo cụm, điểm cầu và chương trình, mọi phát hiện khi kiểm tra; sau đó \
            là các đăng ký theo trạng thái với danh sách chờ theo thứ tự, và các sơ đồ gian hàng, chương \
            trình đã công bố.
            """
        case .exports(let help): help.vietnameseText
        case .editing(let help): help.text(.vietnamese)
        case .grid(let help): help.text(.vietnamese)
        case .manual(let help): help.text(.vietnamese)
        case .journal(let help): help.text(.vietnamese)
        case .importing(let help): help.text(.vietnamese)
        case .queue(let help): help.text(.vietnamese)
        case .portal(let help): help.text(.vietnamese)
        }
    }
}
