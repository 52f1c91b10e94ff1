import Foundation
import Planning
import Sheets
import TestSupport
import Testing

@testable import Interchange

@Suite("Papers of a plan")
struct DocumentsPlanPapersTests {
    /// The paragraphs' texts of blocks, tables included, in order.
    static func texts(_ blocks: [DocumentBlock]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [text(paragraph)]
            case .table(let table): table.rows.flatMap { $0.cells.flatMap { $0.paragraphs.map(text) } }
            case .pageBreak: []
            }
        }
    }

    /// A paragraph's text.
    static func text(_ paragraph: DocumentParagraph) -> String {
        paragraph.content.map { inline in
            switch inline {
            case .text(let text), .styled(let text, _): text
            case .lineBreak: " "
            default: ""
            }
        }.joined()
    }

    /// The page breaks of a body.
    static func breaks(_ document: TextDocument) -> Int {
        document.body.filter { if case .pageBreak = $0 { true } else { false } }.count
    }

    @Test("one invitation per delegate, a page each, addressed with the honorific")
    func invitations() throws {
        var plan = SampleData.hybridBriefing()
        plan.people[0].honorific = nil
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let document = try papers.invitations()
        let delegates = plan.attendances.filter { $0.event == plan.event.id }.count
        #expect(Self.breaks(document) == delegates - 1)
        let texts = Self.texts(document.body)
        #expect(texts.filter { $0 == "GIẤY MỜI" }.count == delegates)
        let withHonorific = try #require(plan.people.first { $0.honorific == .mr })
        #expect(texts.contains("Ông \(withHonorific.name.fullName)"))
        #expect(texts.contains("Ông/Bà \(plan.people[0].name.fullName)"))
        #expect(texts.contains("Hà Nội, ngày 03 tháng 12 năm 2026"))
        #expect(texts.contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(texts.contains { $0.hasPrefix("Kiểm tra kỹ thuật đường truyền: 07:00") })
    }

    @Test("invitations for one connection point; none for a plan without delegates")
    func invitationsForAPoint() throws {
        let plan = SampleData.hybridBriefing()
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let point = plan.connectionPoints[1]
        let expected = papers.delegates(point: point.id)
        #expect(!expected.isEmpty && expected.allSatisfy { $0.point?.id == point.id })
        #expect(Self.breaks(try papers.invitations(point: point.id)) == expected.count - 1)
        let fair = PlanPapers(plan: SampleData.nationalFair(), settings: DocumentsChecks.settings())
        #expect(throws: DocumentsError.nothingToWrite(.invitations)) { try fair.invitations() }
    }

    @Test("a satellite point's invitation lists only the sessions linked to it, by day over several days")
    func invitationProgrammeAtAPoint() throws {
        var plan = SampleData.hybridBriefing()
        let main = try #require(plan.mainConnectionPoint)
        let satellite = try #require(plan.connectionPoints.first { $0.id != main })
        // A session held in the hall only (linked to no point), and one on the next day.
        let template = try #require(
            plan.sessions.first { $0.start != nil && $0.linkedPoints.contains(satellite.id) })
        var local = Session(
            id: "ph-tham-quan", title: "Tham quan gian hàng tại hội trường", kind: .siteVisit,
            durationMinutes: 30)
        local.room = template.room
        local.start = template.start
        plan.sessions.append(local)
        var nextDay = Session(
            id: "ph-ngay-hai", title: "Phiên ngày thứ hai", kind: .discussion, durationMinutes: 30,
            linkedPoints: [satellite.id])
        nextDay.room = template.room
        nextDay.start = template.start.map { LocalDateTime(date: $0.date.adding(days: 1), time: $0.time) }
        plan.sessions.append(nextDay)
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let atSatellite = Self.texts(try papers.invitations(point: satellite.id).body)
        #expect(!atSatellite.contains { $0.contains("Tham quan gian hàng tại hội trường") })
        #expect(atSatellite.contains { $0.contains("Phiên ngày thứ hai") })
        let first = try #require(plan.sessions.compactMap(\.start).map(\.date).min())
        let heading = DocumentsMessage.programmeDay(first).text(.vietnamese)
        let second = DocumentsMessage.programmeDay(first.adding(days: 1)).text(.vietnamese)
        let headingAt = try #require(atSatellite.firstIndex(of: heading))
        let secondAt = try #require(atSatellite.firstIndex(of: second))
        let nextDayAt = try #require(atSatellite.firstIndex { $0.contains("Phiên ngày thứ hai") })
        #expect(headingAt < secondAt && secondAt < nextDayAt)
        // The link is tested before the point's first session of each day.
        let linkedStarts = plan.sessions.filter { $0.linkedPoints.contains(satellite.id) }.compactMap(\.start)
        let tests = [first, first.adding(days: 1)].compactMap { day in
            linkedStarts.filter { $0.date == day }.min()?.adding(minutes: -satellite.linkTestLeadMinutes)
        }
        #expect(tests.count == 2)
        let times = tests.map { DocumentsMessage.timeOnDay($0.time, $0.date).text(.vietnamese) }
        let testLine = DocumentsMessage.linkTestLine(times.joined(separator: "; ")).text(.vietnamese)
        #expect(atSatellite.contains(testLine))
        let atMain = Self.texts(try papers.invitations(point: main).body)
        #expect(atMain.contains { $0.contains("Tham quan gian hàng tại hội trường") })
        // At the main point, a session held in the hall only (an hour before the others on the
        // second day) needs no link test: the tests follow the linked sessions only.
        var early = Session(
            id: "ph-don-dai-bieu", title: "Đón đại biểu tại hội trường", kind: .siteVisit, durationMinutes: 30
        )
        early.room = template.room
        early.start = nextDay.start?.adding(minutes: -60)
        plan.sessions.append(early)
        let mainPoint = try #require(plan.connectionPoints.first { $0.id == main })
        let mainStarts = plan.sessions.filter { $0.linkedPoints.contains(main) }.compactMap(\.start)
        let mainTests = Set(mainStarts.map(\.date)).sorted().compactMap { day in
            mainStarts.filter { $0.date == day }.min()?.adding(minutes: -mainPoint.linkTestLeadMinutes)
        }
        let mainLine = DocumentsMessage.linkTestLine(
            mainTests.map { DocumentsMessage.timeOnDay($0.time, $0.date).text(.vietnamese) }.joined(
                separator: "; ")
        ).text(.vietnamese)
        let withEarly = Self.texts(
            try PlanPapers(plan: plan, settings: DocumentsChecks.settings()).invitations(point: main).body)
        #expect(withEarly.contains(mainLine))
    }

    @Test("delegates in Vietnamese alphabetical order, as on the exported list")
    func delegateOrder() throws {
        let plan = SampleData.hybridBriefing()
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let names = papers.delegates().map { $0.person.displayName(.vietnamese) }
        let sheet = PlanLists(plan: plan).sheet(.attendees, in: .vietnamese)
        let iterator = sheet.rows()
        var listed: [String] = []
        while let row = iterator.next() { listed.append(row[1].plainText) }
        #expect(names == listed)
    }

    @Test("the official lists hold the export's rows, a total and the heading, wide ones in landscape")
    func lists() throws {
        let plan = DocumentsChecks.fairWithBooths()
        let document = PlanPapers(plan: plan, settings: DocumentsChecks.settings()).lists(
            PlanPapers.officialLists)
        let tables = document.body.compactMap { block -> DocumentTable? in
            if case .table(let table) = block, table.borders == .solid { return table }
            return nil
        }
        #expect(tables.count == 4)
        #expect(tables[2].rows.count - 1 == plan.products.count)
        #expect(tables.allSatisfy { $0.headerRows == 1 })
        #expect(tables.allSatisfy { $0.width <= PaperLayout.landscapeWidth + 0.01 })
        let pageStyles = document.body.compactMap { block -> String? in
            if case .pageBreak(let style) = block { return style }
            return nil
        }
        #expect(pageStyles.count == 4 && pageStyles.contains(PaperLayout.landscapeFirst))
        #expect(Self.texts(document.body).contains("Tổng số: \(plan.products.count)"))
    }

    @Test("no word of a list is broken: each column is as wide as its widest word, dates and codes whole")
    func listColumnsHoldTheirWords() throws {
        let plan = DocumentsChecks.fairWithBooths()
        let document = PlanPapers(plan: plan, settings: DocumentsChecks.settings()).lists(
            PlanPapers.officialLists)
        let tables = document.body.compactMap { block -> DocumentTable? in
            if case .table(let table) = block, table.borders == .solid { return table }
            return nil
        }
        #expect(tables.count == 4)
        for table in tables {
            for (index, row) in table.rows.enumerated() {
                for (column, cell) in row.cells.enumerated() {
                    let text = cell.paragraphs.map(Self.text).joined(separator: " ")
                    let word = TextMeasure.widestWord(
                        text, points: PlanPapers.tablePoints, bold: index == 0)
                    #expect(
                        table.columnWidths[column] + 0.001 >= word + 2 * PlanPapers.cellPadding,
                        "«\(text)» in a column \(table.columnWidths[column]) mm wide")
                }
            }
            #expect(
                abs(table.width - PaperLayout.portraitWidth) < 0.01
                    || abs(table.width - PaperLayout.landscapeWidth) < 0.01)
        }
    }

    @Test("the lists printed by default leave out empty ones: a conference has no exhibitors or products")
    func emptyListsLeftOut() {
        let briefing = PlanPapers(plan: SampleData.hybridBriefing(), settings: DocumentsChecks.settings())
        #expect(briefing.listsWithRows() == [.attendees, .programme])
        let fair = PlanPapers(plan: DocumentsChecks.fairWithBooths(), settings: DocumentsChecks.settings())
        #expect(fair.listsWithRows().contains(.exhibitors))
    }

    @Test("a heading's or fascia's name breaks into even lines, no word left alone on the last")
    func balancedLines() {
        let name = "LIÊN MINH HỢP TÁC XÃ VIỆT NAM"
        let full = TextMeasure.width(name, points: 12, bold: true)
        let lines = TextMeasure.balancedLines(name, points: 12, bold: true, width: full * 0.8)
        #expect(lines == ["LIÊN MINH", "HỢP TÁC XÃ VIỆT NAM"])
        // The two lines whose wider is the narrowest of every split between words.
        let words = ["LIÊN MINH", "HỢP TÁC XÃ", "VIỆT NAM"]
        let splits = (1..<words.count).map { cut in
            [words[..<cut].joined(separator: " "), words[cut...].joined(separator: " ")]
        }
        let best = splits.min { a, b in
            a.map { TextMeasure.width($0, points: 12, bold: true) }.max()!
                < b.map { TextMeasure.width($0, points: 12, bold: true) }.max()!
        }
        #expect(lines == best)
        #expect(lines.last?.contains(" ") == true)
        #expect(TextMeasure.balancedLines(name, points: 12, bold: true, width: full + 1) == [name])
        let three = TextMeasure.balancedLines(name, points: 12, bold: true, width: full * 0.4)
        #expect(three.count == 3)
        #expect(three.allSatisfy { TextMeasure.width($0, points: 12, bold: true) <= full * 0.4 })
        #expect(three.joined(separator: " ") == name)
    }

    @Test("lines break between Vietnamese words, not inside «hợp tác», «sản xuất» or «chế biến» (QA 39)")
    func compoundsKeptWhole() {
        #expect(
            VietnameseCompounds.units("HỢP TÁC XÃ SẢN XUẤT Chế biến Nông Sản Sạch")
                == ["HỢP TÁC XÃ", "SẢN XUẤT", "Chế biến", "Nông Sản", "Sạch"])
        let name = "HỢP TÁC XÃ SẢN XUẤT KINH DOANH DỊCH VỤ NÔNG NGHIỆP TỔNG HỢP VÀ CHẾ BIẾN NÔNG SẢN SẠCH"
        let lines = TextMeasure.balancedLines(name, points: 42, bold: true, width: 265)
        #expect(lines.joined(separator: " ") == name)
        #expect(lines.count > 1)
        #expect(!lines.contains { $0.hasSuffix(" VÀ") }, "\(lines)")
        #expect(VietnameseCompounds.units("SẢN XUẤT VÀ CHẾ BIẾN") == ["SẢN XUẤT", "VÀ CHẾ BIẾN"])
        let broken = lines.joined(separator: "|")
        for pair in [
            "HỢP|TÁC", "TÁC|XÃ", "SẢN|XUẤT", "KINH|DOANH", "DỊCH|VỤ", "NÔNG|NGHIỆP", "TỔNG|HỢP", "CHẾ|BIẾN",
        ]
            + ["NÔNG|SẢN"]
        {
            #expect(!broken.contains(pair), "«\(broken)» breaks inside a word")
        }
    }

    @Test("invitations print the technician's phone grouped, as reports do (QA 40)")
    func technicianPhoneGrouped() throws {
        let plan = SampleData.hybridBriefing()
        let phones = plan.connectionPoints.compactMap { $0.technicalContact?.phone }.compactMap(
            PhoneNumber.init)
        #expect(!phones.isEmpty)
        let texts = Self.texts(
            try PlanPapers(plan: plan, settings: DocumentsChecks.settings()).invitations().body)
        for phone in phones {
            #expect(texts.contains { $0.contains(phone.description) }, "\(phone.description)")
            #expect(!texts.contains { $0.contains(phone.national) })
        }
    }

    @Test(
        "a compound too wide for a line splits into the compounds it holds; provinces are compounds (QA 40)")
    func compoundsWithinCompounds() {
        for name in [
            "LIÊN HIỆP HỢP TÁC XÃ THƯƠNG MẠI THÀNH PHỐ HỒ CHÍ MINH",
            "HỢP TÁC XÃ SẢN XUẤT KINH DOANH NƯỚC MẮM TRUYỀN THỐNG PHÚ QUỐC",
            "HỢP TÁC XÃ NÔNG SẢN SẠCH HỮU CƠ CÔNG NGHỆ CAO LÂM ĐỒNG",
            "TỔ HỢP TÁC SẢN XUẤT VÀ CHẾ BIẾN CÀ PHÊ CỦA CÁC HỘ ĐỒNG BÀO DÂN TỘC",
        ] {
            let fitted = TextMeasure.fitted(
                name, sizes: PaperLayout.Style.fasciaNameSizes, bold: true, width: 265, height: 100)
            let broken = fitted.lines.joined(separator: "|")
            for pair in [
                "THÀNH|PHỐ", "HỒ|CHÍ", "TRUYỀN|THỐNG", "CÔNG|NGHỆ", "ĐỒNG|BÀO", "LÂM|ĐỒNG",
                "PHÚ|QUỐC",
            ] {
                #expect(!broken.contains(pair), "«\(broken)» breaks inside a word")
            }
        }
        #expect(VietnameseCompounds.units("Bà Rịa Vũng Tàu Quảng Ngãi") == ["Bà Rịa Vũng Tàu", "Quảng Ngãi"])
    }

    @Test("a long name on a fascia shrinks to fit the board; a word too long for it is cut evenly (QA 39)")
    func fasciaNameFits() {
        let long =
            "HỢP TÁC XÃ SẢN XUẤT KINH DOANH DỊCH VỤ NÔNG NGHIỆP TỔNG HỢP VÀ CHẾ BIẾN NÔNG SẢN SẠCH XÃ PHƯỚC HƯNG XANH"
        let sizes = PaperLayout.Style.fasciaNameSizes
        let fitted = TextMeasure.fitted(long, sizes: sizes, bold: true, width: 265, height: 100)
        #expect(fitted.points < 54)
        #expect(Double(fitted.lines.count) * fitted.points * 1.2 * TextMeasure.millimetresPerPoint <= 100)
        #expect(fitted.lines.allSatisfy { TextMeasure.width($0, points: fitted.points, bold: true) <= 265 })
        let short = TextMeasure.fitted("HTX SUỐI GIÀNG", sizes: sizes, bold: true, width: 265, height: 100)
        #expect(short.points == 54 && short.lines == ["HTX SUỐI GIÀNG"])
        let word =
            "HTX SUPERCALIFRAGILISTICEXPIALIDOCIOUSWONDERFULCOOPERATIVEASSOCIATIONLTDXXXXXXXXXXXXXXXXXX"
        let cut = TextMeasure.fitted(word, sizes: sizes, bold: true, width: 265, height: 100)
        #expect(cut.points > sizes.last! && cut.lines.count > 2, "\(cut)")
        #expect(cut.lines.allSatisfy { TextMeasure.width($0, points: cut.points, bold: true) <= 265 })
        #expect(
            cut.lines.joined().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
                == word.replacingOccurrences(of: " ", with: ""))
        let parts = TextMeasure.pieces(String(word.dropFirst(4)), points: 24, bold: true, width: 265)
        let widths = parts.map { TextMeasure.width($0, points: 24, bold: true) }
        #expect(parts.count >= 2 && widths.max()! - widths.min()! < 20, "\(parts)")
    }

    @Test("booth and other codes in lists keep their hyphens unbroken; names keep theirs (QA 39)")
    func codesUnbroken() {
        #expect(PlanPapers.unbrokenCodes("B-28, B-29, B-30") == "B\u{2011}28, B\u{2011}29, B\u{2011}30")
        #expect(PlanPapers.unbrokenCodes("1382/QĐ-UBND") == "1382/QĐ\u{2011}UBND")
        #expect(PlanPapers.unbrokenCodes("Bà Rịa - Vũng Tàu") == "Bà Rịa - Vũng Tàu")
        let plan = DocumentsChecks.fairWithBooths()
        let document = PlanPapers(plan: plan, settings: DocumentsChecks.settings()).lists([.exhibitors])
        let texts = Self.texts(document.body)
        let booth = plan.boothAssignments[0].booth
        #expect(booth.contains("-"))
        #expect(texts.contains { $0.contains(booth.replacingOccurrences(of: "-", with: "\u{2011}")) })
    }

    @Test("exhibitor letters name the booths and opening hours; fascia boards one page per booth")
    func exhibitorLettersAndFascia() throws {
        let plan = DocumentsChecks.fairWithBooths(parties: 3)
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let letters = try papers.exhibitorLetters()
        let active = plan.parties.filter { $0.registrationStatus != .withdrawn }
        #expect(Self.breaks(letters) == active.count - 1)
        let booth = plan.boothAssignments[0]
        #expect(Self.texts(letters.body).contains { $0.hasPrefix("Gian hàng: \(booth.booth)") })
        let one = try papers.exhibitorLetters(parties: [booth.party])
        #expect(Self.breaks(one) == 0)
        let fascia = try papers.fasciaBoards()
        #expect(Self.breaks(fascia) == 3)
        #expect(Self.texts(fascia.body).contains(try #require(plan.party(booth.party)).name.uppercased()))
        let none = PlanPapers(plan: SampleData.nationalFair(), settings: DocumentsChecks.settings())
        #expect(throws: DocumentsError.nothingToWrite(.fascia)) { try none.fasciaBoards() }
        let unplaced = try #require(
            plan.parties.first { party in !plan.boothAssignments.contains { $0.party == party.id } })
        let two = try papers.fasciaBoards(parties: Set(plan.boothAssignments.prefix(2).map(\.party)))
        #expect(Self.breaks(two) == 2)
        #expect(throws: DocumentsError.partyHasNoBooth(party: unplaced.name)) {
            try papers.fasciaBoards(parties: [booth.party, unplaced.id])
        }
    }

    @Test("an exhibitor's letter shows the plan excerpt with its booths marked, the others greyed")
    func exhibitorLetterPlanExcerpt() throws {
        let plan = DocumentsChecks.fairWithBooths(parties: 3)
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let letters = try papers.exhibitorLetters()
        let placed = Set(plan.boothAssignments.map(\.party))
        let parties = papers.exhibitors()
        #expect(letters.images.count == parties.filter { placed.contains($0.id) }.count)
        #expect(letters.images.allSatisfy { $0.format == .svg && $0.path.hasSuffix(".svg") })
        for (image, party) in zip(letters.images, parties.filter { placed.contains($0.id) }) {
            let svg = String(decoding: image.bytes, as: UTF8.self)
            let marked = try Self.codes(in: svg, className: "booth highlighted")
            #expect(marked == papers.booths(of: party.id), "\(party.id)")
            #expect(try !Self.codes(in: svg, className: "booth dimmed").isEmpty)
            #expect(!svg.contains("class=\"title-block\""))
        }
        let figures = letters.body.compactMap { block -> (Double, Double)? in
            guard case .paragraph(let paragraph) = block else { return nil }
            for case .image(_, let width, let height) in paragraph.content { return (width, height) }
            return nil
        }
        #expect(figures.count == letters.images.count)
        #expect(
            figures.allSatisfy { $0.0 <= PaperLayout.portraitWidth && $0.1 <= PlanPapers.figureMaximumHeight }
        )
        #expect(
            Self.texts(letters.body).contains("Vị trí gian hàng của đơn vị trên sơ đồ (tô màu, viền đỏ đậm):")
        )
        var unplaced = plan
        unplaced.boothAssignments = []
        let none = try PlanPapers(plan: unplaced, settings: DocumentsChecks.settings()).exhibitorLetters()
        #expect(none.images.isEmpty)
    }

    @Test("a plan excerpt fits the text width and at most the greatest height, keeping its shape")
    func figureSize() {
        let wide = PlanPapers.figureSize(width: 2000, height: 500, maximumWidth: 165)
        #expect(wide.width == 165 && wide.height == 41.3)
        let tall = PlanPapers.figureSize(width: 500, height: 2000, maximumWidth: 165)
        #expect(tall.height == PlanPapers.figureMaximumHeight && tall.width == 27.5)
        let empty = PlanPapers.figureSize(width: 0, height: 0, maximumWidth: 165)
        #expect(empty.width == 165)
    }

    /// The `data-code` of every SVG group of class `className`, sorted.
    static func codes(in svg: String, className: String) throws -> [String] {
        let pattern = try Regex("<g class=\"\(className)\"[^>]*data-code=\"([^\"]+)\"")
        return svg.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }.sorted()
    }

    @Test("change notices go to each exhibitor concerned")
    func notices() throws {
        let plan = DocumentsChecks.fairWithBooths()
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let changes = DocumentsChecks.swappedBooths(plan)
        let document = try papers.boothNotices(changes)
        #expect(Self.breaks(document) == 1)
        #expect(Self.texts(document.body).filter { $0 == "THÔNG BÁO THAY ĐỔI" }.count == 2)
        let unconcerned = plan.boothAssignments[3].party
        #expect(throws: DocumentsError.nothingToWrite(.notices)) {
            try papers.boothNotices(changes, parties: [unconcerned])
        }
    }

    @Test("programme change notices go to each connection point concerned")
    func programmeNotices() throws {
        let plan = SampleData.hybridBriefing()
        var after = plan
        let moved = try #require(after.sessions.firstIndex { $0.linkedPoints.count > 1 && $0.start != nil })
        after.sessions[moved].start = after.sessions[moved].start?.adding(minutes: 5)
        let changes = ProgrammeChanges(
            from: ProgrammeSnapshot(plan: plan), to: ProgrammeSnapshot(plan: after), fromVersion: 1,
            toVersion: 2)
        let papers = PlanPapers(plan: plan, settings: DocumentsChecks.settings())
        let linked = plan.sessions[moved].linkedPoints
        #expect(Self.breaks(try papers.programmeNotices(changes)) == linked.count - 1)
        #expect(Self.breaks(try papers.programmeNotices(changes, point: linked[0])) == 0)
    }

    @Test("badges: eight a sheet, each with a QR code picture")
    func badges() throws {
        let plan = SampleData.hybridBriefing()
        let document = try PlanPapers(plan: plan, settings: DocumentsChecks.settings()).badges()
        let delegates = plan.attendances.filter { $0.event == plan.event.id }.count
        #expect(document.images.count == delegates)
        #expect(Self.breaks(document) == (delegates + 7) / 8)
        let tables = document.body.compactMap { block -> DocumentTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(tables.allSatisfy { $0.borders == .cutLines && $0.rows.count <= 4 })
        #expect(tables.allSatisfy { table in table.rows.allSatisfy { $0.height != nil } })
    }
}
