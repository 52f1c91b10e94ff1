import ArgumentParser

extension PlanReport.Topic: ExpressibleByArgument {}
