import FuzzCommon
import Sheets

/// libFuzzer's entry point: reads the input as an OpenDocument spreadsheet (`.ods`, a ZIP
/// archive) written to a scratch file, whole and row by row, then reads every entry of the
/// archive with `ZipReader`. A refusal is a typed error; only a crash, a leak or a hang is a
/// finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODS(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let path = ScratchFile.write(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    do {
        let workbook = try ODSReader.read(contentsOf: path)
        _ = workbook.sheets.reduce(0) { $0 + $1.rows.count }
    } catch {
        _ = String(describing: error)
    }
    do {
        var rows = 0
        try ODSReader.forEachRow(contentsOf: path) { _ in rows += 1 }
    } catch {
        _ = String(describing: error)
    }
    do {
        let archive = try ZipReader(path: path)
        for entry in archive.entries {
            do {
                _ = try archive.contents(of: entry, maximumSize: 1 << 20)
            } catch {
                _ = String(describing: error)
            }
        }
    } catch {
        _ = String(describing: error)
    }
    return 0
}
