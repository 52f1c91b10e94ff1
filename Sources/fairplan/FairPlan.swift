import ArgumentParser
import LibXML

@main
struct FairPlan: ParsableCommand {
    func run() { print(probeLibXML()) }
}
