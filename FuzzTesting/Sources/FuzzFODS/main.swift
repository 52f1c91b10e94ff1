import Sheets

/// libFuzzer's entry point: reads the input as a flat OpenDocument spreadsheet (`.fods`). A
/// refusal is a typed error; only a crash, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFODS(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    do {
        let workbook = try FODSReader.read(data: Array(bytes), fileName: "input.fods")
        _ = workbook.sheets.reduce(0) { $0 + $1.rows.count }
    } catch {
        _ = String(describing: error)
    }
    return 0
}
