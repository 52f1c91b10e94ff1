import ArgumentParser

extension PlanListing.Kind: ExpressibleByArgument {}
