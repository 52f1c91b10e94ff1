import FuzzCommon
import Sheets

/// libFuzzer's entry point: reads the input as an Office Open XML spreadsheet (`.xlsx`, a ZIP
/// archive, or an OLE2 `.xls` to refuse) written to a scratch file, whole and row by row. A
/// refusal is a typed error; only a crash, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let path = ScratchFile.write(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    do {
        let workbook = try XLSXReader.read(contentsOf: path)
        _ = workbook.sheets.reduce(0) { $0 + $1.rows.count }
    } catch {
        _ = String(describing: error)
    }
    do {
        var rows = 0
        try XLSXReader.forEachRow(contentsOf: path) { _ in rows += 1 }
    } catch {
        _ = String(describing: error)
    }
    return 0
}
