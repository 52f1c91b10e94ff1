public import ArgumentParser
public import Workflow

// Command-line parsing of the use cases' choices.

extension ListPlan.Subject: ExpressibleByArgument {}
extension ShowChanges.Topic: ExpressibleByArgument {
    /// `booths` or `programme`; `sessions` too, the word `publish sessions` uses (QA 43 #14).
    public init?(argument: String) {
        self.init(rawValue: argument == "sessions" ? "programme" : argument)
    }
}
