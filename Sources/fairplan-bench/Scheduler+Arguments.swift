public import ArgumentParser
public import Scheduler

// Command-line parsing of the Scheduler's instance scales used by `fairplan-bench`.

extension BoothInstanceScale: ExpressibleByArgument {}
extension TimetableScale: ExpressibleByArgument {}
