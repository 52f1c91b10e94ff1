import Foundation
import Planning
import Testing

@Suite("ProvinceDirectory")
struct ProvinceDirectoryTests {
    @Test("34 units since 2025 and 63 provinces before")
    func counts() {
        #expect(ProvinceDirectory.all.count == 34)
        #expect(ProvinceDirectory.former.count == 63)
        #expect(ProvinceDirectory.all.filter { $0.kind == .city }.count == 6)
        #expect(ProvinceDirectory.all.filter { $0.kind == .province }.count == 28)
        #expect(Set(ProvinceDirectory.all.map(\.code)).count == 34)
        #expect(Set(ProvinceDirectory.former.map(\.code)).count == 63)
        #expect(ProvinceDirectory.all.allSatisfy { $0.code.scheme == .y2025 && $0.code.code.count == 2 })
        #expect(ProvinceDirectory.former.allSatisfy { $0.code.scheme == .pre2025 && $0.code.code.count == 2 })
    }

    @Test("The 34 units match provinces_34_2025.csv, with their former provinces")
    func currentUnitsMatchCSV() throws {
        #expect(ProvinceDirectory.all.count == expected34.count)
        for (code, name, fullName, merged, oldCodes, oldNames) in expected34 {
            let province = try #require(ProvinceDirectory.province(code: .y2025(code)))
            #expect(province.name == name)
            #expect(province.fullName == fullName)
            #expect(province.merged == merged)
            #expect(
                province.formerProvinces.map(\.code.code) == oldCodes.split(separator: ";").map(String.init))
            #expect(province.formerProvinces.map(\.name) == oldNames.split(separator: ";").map(String.init))
            #expect(province.merged == (province.formerProvinces.count > 1))
            #expect(province.fullName.hasPrefix(province.kind.prefix))
        }
    }

    @Test("The 63 provinces match provinces_63_pre2025.csv, each with exactly one successor")
    func formerProvincesMatchCSV() throws {
        #expect(ProvinceDirectory.former.count == expected63.count)
        for (code, name, asciiName, newCode, newName) in expected63 {
            let old = try #require(ProvinceDirectory.formerProvince(code: .pre2025(code)))
            #expect(old.name == name)
            #expect(old.asciiName == asciiName)
            #expect(old.successorCode == .y2025(newCode))
            #expect(old.successor.name == newName)
            let holders = ProvinceDirectory.all.filter { $0.formerProvinces.contains(old) }
            #expect(holders.map(\.code) == [.y2025(newCode)])
        }
    }

    @Test("Codes are reused across schemes but never confused")
    func codesKeepTheirScheme() throws {
        #expect(ProvinceCode.y2025("24") != ProvinceCode.pre2025("24"))
        #expect(ProvinceDirectory.province(code: .y2025("24"))?.name == "Bắc Ninh")
        #expect(ProvinceDirectory.formerProvince(code: .pre2025("24"))?.name == "Bắc Giang")
        #expect(ProvinceDirectory.formerProvince(code: .pre2025("27"))?.name == "Bắc Ninh")
        #expect(ProvinceDirectory.province(code: .pre2025("24")) == nil)
        #expect(ProvinceDirectory.formerProvince(code: .y2025("24")) == nil)
        #expect(ProvinceDirectory.province(code: .y2025("27")) == nil)
        #expect(ProvinceDirectory.currentProvince(for: .pre2025("24"))?.name == "Bắc Ninh")
        #expect(ProvinceDirectory.currentProvince(for: .pre2025("17"))?.name == "Phú Thọ")
        let reused = Set(ProvinceDirectory.all.map(\.code.code)).intersection(
            ProvinceDirectory.former.map(\.code.code))
        #expect(reused.count == 34)
        #expect(ProvinceCode(scheme: .y2025, code: "1") == .y2025("01"))
        #expect(ProvinceCode.y2025("79").description == "79 (y2025)")
    }

    @Test("ProvinceCode is Codable with its scheme")
    func codeCodable() throws {
        let data = try JSONEncoder().encode(ProvinceCode.pre2025("24"))
        let decoded = try JSONDecoder().decode(ProvinceCode.self, from: data)
        #expect(decoded == .pre2025("24"))
        #expect(decoded != .y2025("24"))
    }

    @Test("Resolves every listed variant", arguments: provinceVariants.indices)
    func resolvesVariant(_ index: Int) throws {
        let variant = provinceVariants[index]
        let match = try #require(ProvinceDirectory.resolve(variant.written), "\(variant.written)")
        #expect(match.province.code == .y2025(variant.code), "\(variant.written)")
        #expect(match.former?.name == variant.former, "\(variant.written)")
        #expect(match.written == variant.written.precomposedStringWithCanonicalMapping)
        if let former = match.former {
            #expect(former.successorCode == match.province.code)
        }
    }

    @Test(
        "Resolves every variant from NFD, upper case and without diacritics",
        arguments: provinceVariants.indices)
    func resolvesTransformedVariant(_ index: Int) throws {
        let variant = provinceVariants[index]
        let forms = [
            variant.written.decomposedStringWithCanonicalMapping,
            variant.written.uppercased(),
            VietnameseText.searchKey(variant.written),
        ]
        for form in forms {
            let match = try #require(ProvinceDirectory.resolve(form), "\(form)")
            #expect(match.province.code == .y2025(variant.code), "\(form)")
            #expect(match.former?.name == variant.former, "\(form)")
        }
        let nfd = try #require(ProvinceDirectory.resolve(forms[0]))
        #expect(
            nfd.written.unicodeScalars.elementsEqual(
                variant.written.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("Every official name resolves, current and former, with and without diacritics")
    func resolvesAllOfficialNames() throws {
        for province in ProvinceDirectory.all {
            for written in [province.name, province.fullName, VietnameseText.searchKey(province.name)] {
                let match = try #require(ProvinceDirectory.resolve(written), "\(written)")
                #expect(match.province == province)
                #expect(match.former == nil)
            }
        }
        for old in ProvinceDirectory.former {
            for written in [old.name, old.asciiName, "\(old.kind.prefix) \(old.name)"] {
                let match = try #require(ProvinceDirectory.resolve(written), "\(written)")
                #expect(match.province == old.successor)
                let sameName =
                    VietnameseText.searchKey(old.name) == VietnameseText.searchKey(old.successor.name)
                #expect(match.former == (sameName ? nil : old), "\(written)")
            }
        }
    }

    @Test(
        "Refuses partial, ambiguous and unknown names",
        arguments: [
            "", "   ", "Hà", "Nam", "Quảng", "Bình", "Ninh", "Giang", "Hà Nộ", "Hanoi City Center", "Sài",
            "TP",
            "Tỉnh", "Thành phố", "Việt Nam", "Quảng Nam Đà Nẵng", "Hà Nam Ninh", "HN", "Vũng Tàu",
            "Tây Nguyên",
            "79", "Paris",
        ]
    )
    func refuses(_ written: String) {
        #expect(ProvinceDirectory.resolve(written) == nil)
    }

    @Test("Hà Nam, Hà Nội and Nam Định stay apart; so do Quảng Nam, Quảng Ninh and Quảng Ngãi")
    func ambiguityTraps() {
        #expect(ProvinceDirectory.resolve("Ha Nam")?.province.name == "Ninh Bình")
        #expect(ProvinceDirectory.resolve("Ha Noi")?.province.name == "Hà Nội")
        #expect(ProvinceDirectory.resolve("Nam Dinh")?.province.name == "Ninh Bình")
        #expect(ProvinceDirectory.resolve("Quang Nam")?.province.name == "Đà Nẵng")
        #expect(ProvinceDirectory.resolve("Quang Ninh")?.province.name == "Quảng Ninh")
        #expect(ProvinceDirectory.resolve("Quang Ngai")?.province.name == "Quảng Ngãi")
        #expect(ProvinceDirectory.resolve("Quảng Bình")?.province.name == "Quảng Trị")
    }

    @Test("Suggestions for misspelt and partial names")
    func suggestions() {
        #expect(ProvinceDirectory.suggestions(for: "Ha Nọi", limit: 3).first?.name == "Hà Nội")
        #expect(ProvinceDirectory.suggestions(for: "Thanh Hao", limit: 1).map(\.name) == ["Thanh Hóa"])
        #expect(ProvinceDirectory.suggestions(for: "Quang Nih", limit: 1).map(\.name) == ["Quảng Ninh"])
        let quang = ProvinceDirectory.suggestions(for: "Quảng", limit: 10).map(\.name)
        #expect(Set(quang) == ["Quảng Ninh", "Quảng Ngãi", "Quảng Trị", "Đà Nẵng"])
        #expect(ProvinceDirectory.suggestions(for: "Hà", limit: 2).count == 2)
        #expect(ProvinceDirectory.suggestions(for: "Paris London", limit: 3).isEmpty)
        #expect(ProvinceDirectory.suggestions(for: "Hà Nội", limit: 0).isEmpty)
        #expect(ProvinceDirectory.suggestions(for: "", limit: 3).isEmpty)
    }

    @Test("Official names sort in Vietnamese order")
    func sortedNames() {
        let sorted = ProvinceDirectory.all.sortedVietnamese(by: \.name).map(\.name)
        #expect(sorted.first == "An Giang")
        #expect(sorted.last == "Vĩnh Long")
        #expect(sorted.firstIndex(of: "Hưng Yên") ?? 0 > sorted.firstIndex(of: "Huế") ?? 0)
    }
}
