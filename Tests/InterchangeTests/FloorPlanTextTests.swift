import Foundation
import Planning
import Testing

@testable import Interchange

@Suite("Floor plan text: metrics, fitting, abbreviations, booth codes, palette, wording")
struct FloorPlanTextTests {
    @Test("widths follow character classes: narrow, wide, capitals, Vietnamese letters as their base")
    func metrics() {
        #expect(TextMetrics.width("iiii", size: 10) < TextMetrics.width("mmmm", size: 10))
        #expect(TextMetrics.width("ABCD", size: 10) > TextMetrics.width("abcd", size: 10))
        #expect(TextMetrics.width("ế", size: 10) == TextMetrics.width("e", size: 10))
        #expect(TextMetrics.width("Đ", size: 10) == TextMetrics.width("D", size: 10))
        #expect(TextMetrics.width("ư", size: 10) > TextMetrics.width("u", size: 10))
        #expect(TextMetrics.width("Hòa", size: 10, bold: true) > TextMetrics.width("Hòa", size: 10))
        let nfd = "Hòa".decomposedStringWithCanonicalMapping
        #expect(abs(TextMetrics.width(nfd, size: 10) - TextMetrics.width("Hòa", size: 10)) < 0.001)
        let box = TextMetrics.box("Ấp", x: 100, y: 50, size: 10, anchor: "middle", bold: false)
        #expect(box.y < 50 - 10 && box.maxY > 50)
        #expect(abs(box.x + box.width / 2 - 100) < 0.001)
    }

    @Test("wrapping never makes a line wider than the width, words kept whole when they fit")
    func wrap() {
        let text = "Hợp tác xã Nông nghiệp Dịch vụ Tổng hợp Tân Hòa Đông xã Phước Long"
        for width in [40.0, 80, 120, 300] {
            let lines = TextFitting.wrap(text, width: width, size: 10)
            #expect(lines.allSatisfy { TextMetrics.width($0, size: 10) <= width })
            #expect(
                lines.joined(separator: " ").replacingOccurrences(of: " ", with: "")
                    == text.replacingOccurrences(of: " ", with: ""))
        }
    }

    @Test("fitting picks the largest size, prefers the full name, abbreviates, truncates last")
    func fit() throws {
        let forms = ExhibitorAbbreviation.forms(of: "Hợp tác xã Nông nghiệp Dịch vụ Tân Hòa")
        let wide = try #require(
            TextFitting.fit(forms, width: 300, height: 40, maxLines: 3, largest: 13, smallest: 5.5))
        #expect(wide.lines == [forms[0]] && wide.size == 13)
        let narrow = try #require(
            TextFitting.fit(forms, width: 48, height: 36, maxLines: 3, largest: 13, smallest: 5.5))
        #expect(narrow.lines.count <= 3)
        #expect(narrow.width(bold: false) <= 48 && narrow.height <= 36)
        let tiny = try #require(
            TextFitting.fit(
                ["Siêuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu dài"], width: 30, height: 9, maxLines: 3,
                largest: 10, smallest: 5.5))
        #expect(tiny.truncated && tiny.lines.count == 1 && tiny.lines[0].hasSuffix("…"))
        #expect(tiny.width(bold: false) <= 30)
        #expect(TextFitting.fit(["X"], width: 1, height: 1, maxLines: 1, largest: 10, smallest: 5) == nil)
    }

    @Test("exhibitor names get shorter by legal forms, then common words")
    func abbreviations() {
        #expect(
            ExhibitorAbbreviation.forms(of: "Liên minh HTX tỉnh Cà Mau") == [
                "Liên minh HTX tỉnh Cà Mau", "LM HTX Cà Mau", "Cà Mau",
            ])
        #expect(
            ExhibitorAbbreviation.forms(of: "Hợp tác xã Nông nghiệp Dịch vụ Tân Hòa")
                == [
                    "Hợp tác xã Nông nghiệp Dịch vụ Tân Hòa", "HTX Nông nghiệp Dịch vụ Tân Hòa",
                    "HTX NN DV Tân Hòa", "NN DV Tân Hòa",
                ])
        #expect(
            ExhibitorAbbreviation.forms(of: "Công ty TNHH Phước Hưng") == [
                "Công ty TNHH Phước Hưng", "Cty TNHH Phước Hưng", "Phước Hưng",
            ])
        #expect(ExhibitorAbbreviation.forms(of: "Hoa Sen") == ["Hoa Sen"])
    }

    @Test("booth codes are sorted naturally and runs joined")
    func boothCodes() {
        #expect(
            BoothCodes.compact(["A-03", "A-01", "A-02", "B-10", "A-09", "B-9"]) == "A-01–A-03, A-09, B-9–B-10"
        )
        #expect(BoothCodes.compact(["K1"]) == "K1")
        #expect(BoothCodes.compact([]) == "")
    }

    @Test("party colours come from the identifier only, are light, and keep dark text readable")
    func partyColours() throws {
        #expect(PartyPalette.colour(forParty: "lm-ca-mau") == PartyPalette.colour(forParty: "lm-ca-mau"))
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        let used = Set((0..<200).map { PartyPalette.colour(forParty: "party-\($0)") })
        #expect(used.count > PartyPalette.colours.count / 2)
        #expect(Set(PartyPalette.colours).count == PartyPalette.colours.count)
        for colour in PartyPalette.colours {
            let ratio = try #require(PartyPalette.contrast(colour, PartyPalette.textColour))
            #expect(ratio >= 4.5, "\(colour) gives \(ratio)")
        }
        for pavilion in ZonePalette.pavilionColours {
            let ratio = try #require(PartyPalette.contrast(pavilion.stroke, "#ffffff"))
            #expect(ratio >= 4.5, "\(pavilion.stroke) gives \(ratio)")
        }
    }

    @Test("every floor-plan message is worded in both languages, differently")
    func wording() throws {
        let day = try #require(CalendarDate(year: 2026, month: 10, day: 12))
        let messages: [FloorPlanMessage] = [
            .subtitle(venue: "Nhà A", first: day, last: day.adding(days: 3)),
            .subtitle(venue: "Nhà A", first: nil, last: nil),
            .publishedVersion(number: 2, at: nil), .draftVersion, .boothsOf(party: "HTX A", booths: ["A-01"]),
            .noBoothsFor(party: "HTX A"), .scaleCaption, .indexTitle(exhibitors: 3),
            .legendZones, .legendPartyColours, .legendHighlighted(party: "HTX A"), .legendOthers,
            .heldBy(name: "HTX A", province: "Cà Mau"), .converterMissing(format: "png"),
            .converterFailed(tool: "rsvg-convert", detail: "x"), .unknownPictureFormat("gif"),
        ]
        for message in messages {
            #expect(!message.text(.vietnamese).isEmpty)
            #expect(message.text(.vietnamese) != message.text(.english), "\(message)")
        }
        #expect(FloorPlanMessage.metres(20).text(.english) == "20 m")
    }
}
