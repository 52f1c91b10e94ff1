import Foundation
import LibXML

extension XLSXPackage {
    /// What each cell format (`cellXfs`, by a cell's `s` index) makes of a number, from the
    /// styles part: the workbook's own number formats (`numFmts`) first, else the built-in ids.
    /// Empty when the workbook has no styles part (every number is then plain).
    func cellFormats() throws -> [XLSXNumberFormat] {
        guard let stylesPart else { return [] }
        var codes: [Int: String] = [:]
        var formatIds: [Int] = []
        try parse(stylesPart) { xml, next in
            var inCellFormats = false
            while try next() {
                switch xml.nodeType {
                case .element:
                    switch xml.localName {
                    case "numFmt":
                        if let id = xml.attribute("numFmtId").flatMap(Self.integer) {
                            codes[id] = xml.attribute("formatCode") ?? ""
                        }
                    case "cellXfs":
                        inCellFormats = !xml.isEmptyElement
                    case "xf" where inCellFormats:
                        formatIds.append(xml.attribute("numFmtId").flatMap(Self.integer) ?? 0)
                        try xml.skipSubtree()
                    default:
                        break
                    }
                case .endElement where xml.localName == "cellXfs":
                    inCellFormats = false
                default:
                    break
                }
            }
        }
        var kinds: [Int: XLSXNumberFormat] = [:]
        return formatIds.map { id in
            if let known = kinds[id] { return known }
            let kind = codes[id].map(XLSXNumberFormat.classify) ?? XLSXNumberFormat.builtIn(id)
            kinds[id] = kind
            return kind
        }
    }

    /// The shared strings (`si`), in order: plain (`<t>`) or rich text (the `<t>` of each run
    /// `<r>`, joined), phonetic runs (`rPh`) left out, `_xHHHH_` escapes decoded, NFC. Empty
    /// when the workbook has no shared-strings part.
    func sharedStrings() throws -> [String] {
        guard let sharedStringsPart else { return [] }
        var strings: [String] = []
        try parse(sharedStringsPart) { xml, next in
            while try next() {
                guard xml.nodeType == .element, xml.localName == "si" else { continue }
                strings.append(try Self.richText(xml, next: next))
            }
        }
        return strings
    }

    /// The text of a string item (`si`, or a cell's `is`), positioned on its start tag; leaves
    /// the reader on its end tag.
    static func richText(_ xml: XMLStreamReader, next: () throws -> Bool) throws -> String {
        if xml.isEmptyElement { return "" }
        let depth = xml.depth
        var text = ""
        var inText = false
        while try next() {
            switch xml.nodeType {
            case .endElement where xml.depth == depth:
                return XLSXText.unescaped(text).nfc
            case .element:
                switch xml.localName {
                case "rPh", "phoneticPr", "rPr":
                    try xml.skipSubtree()
                case "t":
                    inText = !xml.isEmptyElement
                default:
                    break
                }
            case .endElement where xml.localName == "t":
                inText = false
            case .text, .cdata, .whitespace, .significantWhitespace:
                if inText { text += xml.value ?? "" }
            default:
                break
            }
        }
        return XLSXText.unescaped(text).nfc
    }

    /// A whole number attribute, or nil.
    static func integer(_ text: String) -> Int? {
        Int(text.trimmedSpaces)
    }
}
