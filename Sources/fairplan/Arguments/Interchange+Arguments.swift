public import ArgumentParser
public import Interchange

// Command-line parsing of the Interchange choices used by `fairplan export` and `template`.

extension ExportFormat: ExpressibleByArgument {}
extension AttendeeOrder: ExpressibleByArgument {}
extension SamplePlan: ExpressibleByArgument {}
