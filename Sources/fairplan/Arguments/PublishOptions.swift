import ArgumentParser

/// Whether a planning command saves and publishes its result: `--publish`, `--note`.
struct PublishOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(.optionPublish))
    var publish = false

    @Option(help: ArgumentHelp(.optionNote))
    var note: String?
}
