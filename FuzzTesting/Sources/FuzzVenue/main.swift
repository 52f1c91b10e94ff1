import Interchange
import Planning

/// libFuzzer's entry point: reads the input as a venue file, as `fairplan venue check` and
/// `venue use` do, then summarises and draws the venue when it is accepted; the problems of a
/// refused file are worded in both languages. Only a crash, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVenue(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    do {
        let read = try VenueReader.read(data: bytes, sourceName: "input.xml")
        for language in [Language.vietnamese, .english] {
            _ = VenueSummary(venue: read.venue).rendered(in: language)
            _ = read.warnings.map { $0.text(language) }
        }
        let drawing = FloorPlanRenderer(language: .english).drawing(of: read.venue)
        _ = try? SVGWriter.bytes(of: drawing)
    } catch {
        _ = error.text(.vietnamese)
        _ = error.text(.english)
    }
    return 0
}
