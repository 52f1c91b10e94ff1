import ArgumentParser
import Foundation
import Planning
import Web
import Workflow

extension FairPlan {
    /// `fairplan serve`: the web portal over plan files.
    struct Serve: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.portal(.serveAbstract).localized,
                discussion: HelpText.portal(.serveDiscussion).localized)
        }

        @Option(name: .customLong("plan"), help: ArgumentHelp(.portal(.plans), valueName: "file"))
        var plans: [String] = []

        @Option(help: ArgumentHelp(.portal(.host), valueName: "address"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp(.portal(.port), valueName: "port"))
        var port = 8080

        @Flag(help: ArgumentHelp(.portal(.demo)))
        var demo = false

        @Option(
            name: .customLong("demo-folder"), help: ArgumentHelp(.portal(.demoFolder), valueName: "folder"))
        var demoFolder: String?

        @Flag(name: .customLong("dry-run"), help: ArgumentHelp(.portal(.dryRun)))
        var dryRun = false

        @Option(
            name: .customLong("registration-closes"),
            help: ArgumentHelp(.portal(.registrationCloses), valueName: "date"))
        var registrationCloses: String?

        @Option(name: .customLong("form-limit"), help: ArgumentHelp(.portal(.formLimit), valueName: "count"))
        var formLimit = 20

        @Flag(name: .customLong("no-registration"), help: ArgumentHelp(.portal(.noRegistration)))
        var noRegistration = false

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let port = try WrittenValue.integer(port, field: .port, in: 1...65_535)
            let host = try Portal.checkHost(host)
            let files = try ServePortal().planFiles(
                plans: plans,
                demo: demo ? ServePortal.Demo(folder: demoFolder, clock: ContinuousClock()) : nil,
                folder: FileManager.default.currentDirectoryPath, language: CLILanguage.current,
                context: CommandContext.change(), version: FairPlan.version)
            let sites = files.map { PortalSite(slug: PortalSite.slug(forPlanFile: $0), planPath: $0) }
            let registration =
                noRegistration
                ? RegistrationSettings.disabled
                : RegistrationSettings(
                    closesAt: try registrationCloses.map {
                        LocalDateTime(
                            date: try WrittenValue.date($0, field: .registrationCloses),
                            time: TimeOfDay(minutesSinceMidnight: 23 * 60 + 59)!)
                    },
                    postsPerMinute: try WrittenValue.integer(formLimit, field: .formLimit, in: 0...100_000))
            let portal = try Portal(
                sites: sites, version: FairPlan.version, now: { WallClock.now() }, registration: registration)
            let out = Output()
            let address = "http://\(host):\(port)/"
            let listed = sites.map { "/\($0.slug) ← \($0.planPath)" }
            if dryRun {
                out.say(PortalMessage.wouldServe(address: address, sites: listed))
                return
            }
            out.say(PortalMessage.serving(address: address, sites: listed))
            out.say(PortalMessage.howToStop)
            try await portal.serve(host: host, port: port)
        }
    }
}
