import Foundation
import Interchange
import Sheets

/// Runs the phases of `fairplan-bench import` for one registry size: writes the registry's filled
/// templates, measures the floor, creates a plan with `fairplan init`, then times
/// `fairplan import --check`, `fairplan import`, single `fairplan register organisation`
/// commands, the reading commands (``ReadingCommand``) and the commands on one entity
/// (``EntityCommand``) on the filled plan, each as its own process.
struct ImportRunner {
    /// The registry imported.
    let generator: RegistryGenerator
    /// The format of the files: csv (one file per sheet) or ods.
    let format: FairPlanBench.Import.FileFormat
    /// The folder the files, the plan and the logs go to.
    let folder: String
    /// The `fairplan` executable.
    let fairplan: String

    /// The figures of one size.
    struct Figures {
        /// Organisations, products and delegates.
        var organisations: Int, products: Int, people: Int
        /// The floor.
        var floor: ImportFloor.Result
        /// `fairplan import --check`.
        var check: CommandTimer.Run
        /// `fairplan import`.
        var load: CommandTimer.Run
        /// `fairplan register organisation`, one run per new organisation.
        var registers: [CommandTimer.Run]
        /// The reading commands, in the order of ``ReadingCommand/all``.
        var reads: [CommandTimer.Run]
        /// The commands on one entity, in the order of ``EntityCommand/all``.
        var entities: [CommandTimer.Run]

        /// All rows.
        var rows: Int { organisations + products + people }
        /// The median time of the registrations.
        var registerMedian: Double {
            let sorted = registers.map(\.seconds).sorted()
            return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        }
    }

    /// The stem of the files for this size.
    private var stem: String { "\(folder)/dang-ky-\(generator.organisations)" }

    /// Runs every phase.
    func run(registrations: Int) throws -> Figures {
        let files = try writeFiles()
        let floor = try ImportFloor.measure(files: files, database: stem + "-floor.sqlite")
        let plan = stem + ".fairplan"
        try? FileManager.default.removeItem(atPath: plan)
        try expectSuccess(
            CommandTimer.run(
                fairplan,
                [
                    "init", plan, "--name", "Hội chợ OCOP và Hợp tác xã toàn quốc 2026", "--kind", "fair",
                    "--organiser", "Liên minh Hợp tác xã Việt Nam", "--province", "Hà Nội", "--from",
                    "2026-12-15", "--to", "2026-12-17",
                ], logStem: stem + "-init"), "init")
        let check = try expectSuccess(
            CommandTimer.run(
                fairplan, ["import", "--plan", plan, "--check"] + files, logStem: stem + "-check"),
            "import --check")
        let load = try expectSuccess(
            CommandTimer.run(fairplan, ["import", "--plan", plan] + files, logStem: stem + "-import"),
            "import")
        var registers: [CommandTimer.Run] = []
        for number in 0..<registrations {
            let index = generator.organisations + number
            registers.append(
                try expectSuccess(
                    CommandTimer.run(
                        fairplan,
                        [
                            "register", "organisation", "--plan", plan, "--name",
                            generator.organisationName(index),
                            "--province", generator.province(index), "--code",
                            generator.registrationCode(index),
                            "--members", "12",
                        ], logStem: stem + "-register-\(number)"), "register organisation"))
        }
        var reads: [CommandTimer.Run] = []
        for (number, command) in ReadingCommand.all.enumerated() {
            reads.append(
                try expectSuccess(
                    CommandTimer.run(
                        fairplan, command.arguments(plan, stem), logStem: stem + "-read-\(number)"),
                    command.label))
        }
        for (number, command) in EntityCommand.setup.enumerated() {
            try expectSuccess(
                CommandTimer.run(
                    fairplan, command.arguments(generator) + ["--plan", plan],
                    logStem: stem + "-setup-\(number)"),
                command.label)
        }
        var entities: [CommandTimer.Run] = []
        for (number, command) in EntityCommand.all.enumerated() {
            entities.append(
                try expectSuccess(
                    CommandTimer.run(
                        fairplan, command.arguments(generator) + ["--plan", plan],
                        logStem: stem + "-entity-\(number)"),
                    command.label))
        }
        return Figures(
            organisations: generator.organisations, products: generator.products, people: generator.people,
            floor: floor, check: check, load: load, registers: registers, reads: reads, entities: entities)
    }

    /// Writes the registry: three CSV files (one per sheet) or one ODS file.
    private func writeFiles() throws -> [String] {
        switch format {
        case .csv:
            try FileManager.default.createDirectory(atPath: stem, withIntermediateDirectories: true)
            return try RegistrationSheetKind.allCases.map { kind in
                let path = "\(stem)/\(kind.fileStem).csv"
                try CSVWriter().write(generator.sheet(kind), to: path)
                return path
            }
        case .ods:
            let path = stem + ".ods"
            try ODSWriter.write(generator.workbook(created: "2026-12-01T08:00:00"), to: path)
            return [path]
        }
    }

    /// The run, when it exited with 0; otherwise an error with its output.
    @discardableResult
    private func expectSuccess(_ run: CommandTimer.Run, _ what: String) throws -> CommandTimer.Run {
        guard run.status == 0 else {
            throw BenchError("fairplan \(what) thoát với mã \(run.status) (exit status):\n\(run.tail)")
        }
        return run
    }
}
