/// The table `fairplan-bench import` prints: per size, the floor, the check, the import and the
/// registrations, with their ratios and the scaling from one size to twice it.
struct ImportReport {
    /// The sizes measured, smallest first.
    let figures: [ImportRunner.Figures]

    /// The report as text.
    var text: String {
        var table = BenchTable(headers: [
            "organisations", "products", "people", "floor s (read + insert)", "import --check s (CPU)",
            "peak MB", "import s (CPU)", "peak MB", "import/floor", "register s (median, max)",
        ])
        for figure in figures {
            table.rows.append([
                BenchTable.number(Double(figure.organisations)), BenchTable.number(Double(figure.products)),
                BenchTable.number(Double(figure.people)),
                "\(seconds(figure.floor.seconds)) (\(seconds(figure.floor.readSeconds)) + \(seconds(figure.floor.insertSeconds)))",
                "\(seconds(figure.check.seconds)) (\(seconds(figure.check.cpuSeconds)))",
                BenchTable.megabytes(figure.check.peakBytes),
                "\(seconds(figure.load.seconds)) (\(seconds(figure.load.cpuSeconds)))",
                BenchTable.megabytes(figure.load.peakBytes),
                BenchTable.number(figure.load.seconds / max(figure.floor.seconds, 1e-9), decimals: 1) + "×",
                figure.registers.isEmpty
                    ? "-"
                    : "\(seconds(figure.registerMedian)), \(seconds(figure.registers.map(\.seconds).max() ?? 0))",
            ])
        }
        var lines = [table.text]
        if figures.count == 2 {
            let (one, two) = (figures[0], figures[1])
            lines.append(
                "twice the rows: import --check \(ratio(two.check.seconds, one.check.seconds))× the time, "
                    + "import \(ratio(two.load.seconds, one.load.seconds))× (target ≤ \(FairPlanBench.Import.Targets.scaling)×)"
            )
        }
        lines.append("")
        lines.append(readingText)
        lines.append("")
        lines.append(entityText)
        return lines.joined(separator: "\n")
    }

    /// The commands on one entity on the filled plan: time and peak memory per size, and whether
    /// each answered within ``FairPlanBench/Import/Targets/entitySeconds``.
    var entityText: String {
        var headers = ["one entity on the filled plan"]
        for figure in figures {
            headers += ["\(BenchTable.number(Double(figure.organisations))): s", "peak MB"]
        }
        var table = BenchTable(headers: headers)
        for (index, command) in EntityCommand.all.enumerated() {
            var row = [command.label]
            for figure in figures {
                row += [
                    seconds(figure.entities[index].seconds),
                    BenchTable.megabytes(figure.entities[index].peakBytes),
                ]
            }
            table.rows.append(row)
        }
        let slowest = figures.map { $0.entities.map(\.seconds).max() ?? 0 }.max() ?? 0
        return table.text
            + "\ncommands on one entity within \(FairPlanBench.Import.Targets.entitySeconds) s: "
            + (slowest <= FairPlanBench.Import.Targets.entitySeconds ? "yes" : "no")
            + " (slowest \(seconds(slowest)) s)"
    }

    /// The reading commands on the filled plan: time and peak memory per size, and, over two
    /// sizes, how much the time and the memory grew.
    var readingText: String {
        var headers = ["reading the filled plan"]
        for figure in figures {
            headers += ["\(BenchTable.number(Double(figure.organisations))): s", "peak MB"]
        }
        if figures.count == 2 { headers += ["time ×", "memory ×"] }
        var table = BenchTable(headers: headers)
        for (index, command) in ReadingCommand.all.enumerated() {
            var row = [command.label]
            for figure in figures {
                row += [
                    seconds(figure.reads[index].seconds), BenchTable.megabytes(figure.reads[index].peakBytes),
                ]
            }
            if figures.count == 2 {
                let (one, two) = (figures[0].reads[index], figures[1].reads[index])
                row += [
                    ratio(two.seconds, one.seconds),
                    ratio(Double(two.peakBytes), Double(one.peakBytes)),
                ]
            }
            table.rows.append(row)
        }
        var text = table.text
        if figures.count == 2 {
            text +=
                "\nstreamed commands: peak memory at twice the rows within "
                + "\(BenchTable.number((FairPlanBench.Import.Targets.flatMemory - 1) * 100))% of one size's: "
                + (streamedMemoryFlat ? "yes" : "no")
        }
        return text
    }

    /// Whether every streamed reading command's peak memory at twice the rows stays within
    /// ``FairPlanBench/Import/Targets/flatMemory`` of its peak at one size.
    var streamedMemoryFlat: Bool {
        guard figures.count == 2 else { return true }
        return ReadingCommand.all.indices.filter { ReadingCommand.all[$0].streamed }.allSatisfy { index in
            Double(figures[1].reads[index].peakBytes)
                <= FairPlanBench.Import.Targets.flatMemory * Double(figures[0].reads[index].peakBytes)
        }
    }

    /// Whether the targets are met at `figure`'s size (and in the scaling, when measured).
    func targetsMet(at figure: ImportRunner.Figures) -> Bool {
        typealias Targets = FairPlanBench.Import.Targets
        let peak = Targets.peakMegabytes * 1_000_000
        var met =
            figure.check.seconds <= Targets.checkSeconds && figure.load.seconds <= Targets.importSeconds
            && figure.check.peakBytes < peak && figure.load.peakBytes < peak
            && figure.load.seconds <= Targets.floorRatio * figure.floor.seconds
            && figure.registers.allSatisfy { $0.seconds <= Targets.registerSeconds }
            && figure.entities.allSatisfy { $0.seconds <= Targets.entitySeconds }
        if figures.count == 2 {
            met =
                met && figures[1].check.seconds <= Targets.scaling * figures[0].check.seconds
                && figures[1].load.seconds <= Targets.scaling * figures[0].load.seconds
                && streamedMemoryFlat
        }
        return met
    }

    private func seconds(_ value: Double) -> String { BenchTable.number(value, decimals: 3) }

    private func ratio(_ numerator: Double, _ denominator: Double) -> String {
        BenchTable.number(numerator / max(denominator, 1e-9), decimals: 2)
    }
}
