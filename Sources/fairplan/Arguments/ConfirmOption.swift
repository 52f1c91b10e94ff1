import ArgumentParser

/// `--yes`: go ahead without asking, for scripts. Destructive commands ask on a terminal
/// (``Confirmation``); when standard input is not a terminal they never ask.
struct ConfirmOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(.optionYes))
    var yes = false
}
