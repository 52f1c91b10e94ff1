public import ArgumentParser
public import Workflow

// Command-line parsing of the use cases' choices.

extension ListPlan.Subject: ExpressibleByArgument {}
extension ShowChanges.Topic: ExpressibleByArgument {}
