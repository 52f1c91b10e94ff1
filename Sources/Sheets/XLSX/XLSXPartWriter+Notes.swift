internal import LibXML

extension XLSXPartWriter {
    /// The columns of sheet `index` with a note, as (0-based column, note).
    func notes(_ index: Int) -> [(column: Int, note: String)] {
        workbook.sheets[index].columns.enumerated().compactMap { column, value in
            guard let note = value.note, !note.isEmpty else { return nil }
            return (column, note)
        }
    }

    /// `xl/commentsN.xml`: each note on its header cell, by the author `FairPlan`.
    func comments(_ index: Int) throws -> [UInt8] {
        let headerRow = workbook.sheets[index].headerRowIndex + 1
        return try Self.part { writer in
            try writer.startElement("comments", namespaceURI: Self.mainNamespace)
            try writer.startElement(qualified: "authors")
            try writer.element(qualified: "author", text: "FairPlan")
            try writer.endElement()
            try writer.startElement(qualified: "commentList")
            for note in notes(index) {
                try writer.startElement(qualified: "comment")
                try writer.attribute(
                    qualified: "ref", SheetsMessage.columnLetter(note.column + 1) + "\(headerRow)")
                try writer.attribute(qualified: "authorId", integer: 0)
                try writer.startElement(qualified: "text")
                try Self.writeTextElement(note.note, on: writer)
                try writer.endElement()
                try writer.endElement()
            }
            try writer.endElement()
            try writer.endElement()
        }
    }

    /// `xl/drawings/vmlDrawingN.vml`: the note boxes (hidden until the cell is pointed at), in
    /// the legacy VML Excel still needs to show comments; shape ids are unique per sheet.
    func vmlDrawing(_ index: Int) throws -> [UInt8] {
        let headerRow = workbook.sheets[index].headerRowIndex
        let writer = try XMLWriter()
        try writer.startElement("xml")
        try writer.namespaceDeclaration(prefix: "v", uri: "urn:schemas-microsoft-com:vml")
        try writer.namespaceDeclaration(prefix: "o", uri: "urn:schemas-microsoft-com:office:office")
        try writer.namespaceDeclaration(prefix: "x", uri: "urn:schemas-microsoft-com:office:excel")
        try writer.startElement(qualified: "o:shapelayout")
        try writer.attribute(qualified: "v:ext", "edit")
        try writer.startElement(qualified: "o:idmap")
        try writer.attribute(qualified: "v:ext", "edit")
        try writer.attribute(qualified: "data", integer: index + 1)
        try writer.endElement()
        try writer.endElement()
        try writer.startElement(qualified: "v:shapetype")
        try writer.attribute(qualified: "id", "_x0000_t202")
        try writer.attribute(qualified: "coordsize", "21600,21600")
        try writer.attribute(qualified: "o:spt", "202")
        try writer.attribute(qualified: "path", "m,l,21600r21600,l21600,xe")
        try writer.startElement(qualified: "v:stroke")
        try writer.attribute(qualified: "joinstyle", "miter")
        try writer.endElement()
        try writer.startElement(qualified: "v:path")
        try writer.attribute(qualified: "gradientshapeok", "t")
        try writer.attribute(qualified: "o:connecttype", "rect")
        try writer.endElement()
        try writer.endElement()
        for (number, note) in notes(index).enumerated() {
            try writer.startElement(qualified: "v:shape")
            try writer.attribute(qualified: "id", "_x0000_s\((index + 1) * 1024 + number + 1)")
            try writer.attribute(qualified: "type", "#_x0000_t202")
            try writer.attribute(
                qualified: "style",
                "position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:80pt;z-index:\(number + 1);"
                    + "visibility:hidden")
            try writer.attribute(qualified: "fillcolor", "#ffffe1")
            try writer.attribute(qualified: "o:insetmode", "auto")
            try writer.startElement(qualified: "v:fill")
            try writer.attribute(qualified: "color2", "#ffffe1")
            try writer.endElement()
            try writer.startElement(qualified: "v:shadow")
            try writer.attribute(qualified: "on", "t")
            try writer.attribute(qualified: "color", "black")
            try writer.attribute(qualified: "obscured", "t")
            try writer.endElement()
            try writer.startElement(qualified: "v:path")
            try writer.attribute(qualified: "o:connecttype", "none")
            try writer.endElement()
            try writer.startElement(qualified: "v:textbox")
            try writer.attribute(qualified: "style", "mso-direction-alt:auto")
            try writer.startElement(qualified: "div")
            try writer.attribute(qualified: "style", "text-align:left")
            try writer.endElement()
            try writer.endElement()
            try writer.startElement(qualified: "x:ClientData")
            try writer.attribute(qualified: "ObjectType", "Note")
            try writer.startElement(qualified: "x:MoveWithCells")
            try writer.endElement()
            try writer.startElement(qualified: "x:SizeWithCells")
            try writer.endElement()
            let column = note.column
            try writer.element(
                qualified: "x:Anchor",
                text: "\(column + 1), 15, \(headerRow), 2, \(column + 3), 15, \(headerRow + 4), 16")
            try writer.element(qualified: "x:AutoFill", text: "False")
            try writer.element(qualified: "x:Row", text: String(headerRow))
            try writer.element(qualified: "x:Column", text: String(column))
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        return try writer.bytes()  // No XML declaration, as Excel writes VML.
    }
}
