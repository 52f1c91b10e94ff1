import Sheets

/// libFuzzer's entry point: reads the input as a CSV file, the delimiter sniffed, then with each
/// delimiter FairPlan offers. A refusal is a typed error; only a crash, a leak or a hang is a
/// finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    for delimiter: Character? in [nil, ";", "\t"] {
        do {
            let workbook = try CSVReader.read(
                bytes: bytes, fileName: "input.csv", sheetName: "input", delimiter: delimiter)
            _ = workbook.sheets.reduce(0) { $0 + $1.rows.count }
        } catch {
            _ = String(describing: error)
        }
    }
    return 0
}
