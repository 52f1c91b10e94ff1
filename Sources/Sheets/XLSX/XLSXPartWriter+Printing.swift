internal import LibXML

extension XLSXPartWriter {
    /// `sheetPr` of a sheet fitted to the page width: `pageSetUpPr fitToPage="1"` (first in the
    /// worksheet); nothing otherwise.
    func writeSheetProperties(_ sheet: Sheet, on writer: XMLWriter) throws {
        guard sheet.pageSetup?.fitToWidth == true else { return }
        try writer.startElement(qualified: "sheetPr")
        try writer.startElement(qualified: "pageSetUpPr")
        try writer.attribute(qualified: "fitToPage", integer: 1)
        try writer.endElement()
        try writer.endElement()
    }

    /// `pageMargins`, then for a sheet with a page setup `pageSetup` (A4, the orientation, one
    /// page wide and as many tall as needed) and `headerFooter`.
    func writePrinting(_ sheet: Sheet, on writer: XMLWriter) throws {
        let side = sheet.pageSetup == nil ? "0.7" : "0.3937"
        try writer.startElement(qualified: "pageMargins")
        for (name, value): (StaticString, String) in [
            ("left", side), ("right", side), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"),
            ("footer", "0.3"),
        ] {
            try writer.attribute(qualified: name, value)
        }
        try writer.endElement()
        guard let setup = sheet.pageSetup else { return }
        try writer.startElement(qualified: "pageSetup")
        try writer.attribute(qualified: "paperSize", integer: 9)
        if setup.fitToWidth {
            try writer.attribute(qualified: "fitToWidth", integer: 1)
            try writer.attribute(qualified: "fitToHeight", integer: 0)
        }
        try writer.attribute(
            qualified: "orientation", setup.orientation == .landscape ? "landscape" : "portrait")
        try writer.endElement()
        let header = setup.header.map(Self.headerFooterCode) ?? ""
        let footer = setup.footer.map(Self.headerFooterCode) ?? ""
        guard !header.isEmpty || !footer.isEmpty else { return }
        try writer.startElement(qualified: "headerFooter")
        if !header.isEmpty { try writer.element(qualified: "oddHeader", text: header) }
        if !footer.isEmpty { try writer.element(qualified: "oddFooter", text: footer) }
        try writer.endElement()
    }

    /// A header or footer in Excel's codes: `&L…&C…&R…`, the page number `&P`, the page count
    /// `&N`, a literal `&` doubled.
    static func headerFooterCode(_ text: PageText) -> String {
        func code(_ pieces: [PageText.Piece]) -> String {
            pieces.map { piece in
                switch piece {
                case .text(let text):
                    XMLWriter.sanitized(text.nfc).split(separator: "&", omittingEmptySubsequences: false)
                        .joined(separator: "&&")
                case .pageNumber: "&P"
                case .pageCount: "&N"
                }
            }.joined()
        }
        var result = ""
        for (marker, pieces) in [("&L", text.left), ("&C", text.centre), ("&R", text.right)]
        where !pieces.isEmpty {
            result += marker + code(pieces)
        }
        return result
    }

    /// The print titles of sheet `index`, when its header rows repeat on every page:
    /// `'Sản phẩm'!$1:$2`.
    func printTitles(_ index: Int) -> String? {
        let sheet = workbook.sheets[index]
        guard sheet.pageSetup?.repeatsHeaderRows == true else { return nil }
        let last = sheet.headerRowIndex + 1
        return Self.quotedSheetName(sheetNames[index]) + "!$1:$\(last)"
    }
}
