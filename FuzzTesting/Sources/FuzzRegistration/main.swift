import FuzzCommon
import Interchange
import Planning

/// The plans registrations are checked against: an empty one (as `fairplan import --check`
/// without a plan) and the sample fair, whose organisations rows may repeat or change.
private let plans: [(plan: Plan, update: Bool)] = [
    // 2026-12-16, the sample fair's first day.
    (RegistrationImporter.checkingPlan(on: CalendarDate(daysSinceEpoch: 20_803)), false),
    (SampleData.nationalFair(), true),
]

/// libFuzzer's entry point: reads the input as a filled registration template (ODS, FODS or CSV,
/// by its first bytes; see `WorkbookInput`), checks it against each plan and words the report in
/// both languages. Only a crash, a leak or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegistration(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let workbook = WorkbookInput.read(UnsafeRawBufferPointer(start: start, count: count)) else {
        return 0
    }
    for (plan, update) in plans {
        let report = RegistrationImporter(plan: plan, skipInvalid: true, update: update).check([workbook])
        _ = report.rendered(in: .vietnamese)
        _ = report.rendered(in: .english)
    }
    return 0
}
