import ArgumentParser
import Foundation
import Planning
import Testing

@testable import fairplan

/// Help and argument errors follow the run's language, in-process.
@Suite("fairplan: help and errors in the user's language")
struct HelpLanguageTests {
    static func help(_ command: any ParsableCommand.Type, _ language: Language) -> String {
        CLILanguage.$current.withValue(language) {
            ParserWording.localized(FairPlan.helpMessage(for: command), in: language)
        }
    }

    @Test("fairplan --help is Vietnamese by default and English on request")
    func rootHelp() {
        let vietnamese = Self.help(FairPlan.self, .vietnamese)
        #expect(vietnamese.contains("TÙY CHỌN:"))
        #expect(vietnamese.contains("LỆNH CON:"))
        #expect(vietnamese.contains("Lập kế hoạch hội chợ"))
        #expect(!vietnamese.contains("OPTIONS:"))
        let english = Self.help(FairPlan.self, .english)
        #expect(english.contains("OPTIONS:"))
        #expect(english.contains("Plan cooperative trade fairs"))
    }

    @Test(
        "every command's help is worded in both languages",
        arguments: [
            FairPlan.Demo.self, FairPlan.Init.self, FairPlan.VenueGroup.Check.self,
            FairPlan.VenueGroup.Show.self,
            FairPlan.VenueGroup.Use.self, FairPlan.Register.Organisation.self, FairPlan.Register.Product.self,
            FairPlan.Register.Person.self, FairPlan.Register.Party.self, FairPlan.Register.Point.self,
            FairPlan.Register.Session.self, FairPlan.Template.self, FairPlan.Import.self,
            FairPlan.ListCommand.self,
            FairPlan.Confirm.self, FairPlan.Withdraw.self, FairPlan.Allocate.self, FairPlan.Schedule.self,
            FairPlan.Check.self, FairPlan.Changes.self, FairPlan.Export.self, FairPlan.Report.self,
            FairPlan.History.self,
        ] as [any ParsableCommand.Type])
    func commandHelp(command: any ParsableCommand.Type) {
        let vietnamese = Self.help(command, .vietnamese)
        let english = Self.help(command, .english)
        #expect(vietnamese.contains("CÁCH DÙNG:") && vietnamese.contains("--lang"))
        #expect(english.contains("USAGE:") && english.contains("--lang"))
        #expect(vietnamese != english)
        for phrase in ["Show help information.", "(default: ", "OPTIONS:", "ARGUMENTS:"] {
            #expect(!vietnamese.contains(phrase), "\(command): \(phrase)")
        }
        // ArgumentParser's appended phrases, also where the help's wrapping splits them.
        let leak = vietnamese.range(of: #"(\(|;\s)(default|values):\s"#, options: .regularExpression)
        #expect(leak == nil, "\(command): \(leak.map { String(vietnamese[$0]) } ?? "")")
    }

    @Test("argument errors carry the language's prefix and wording")
    func argumentErrors() {
        let vietnamese = CLILanguage.$current.withValue(.vietnamese) {
            do {
                _ = try FairPlan.parseAsRoot(["allocate", "booths", "--seed", "mot"])
                return ""
            } catch {
                return ParserWording.localized(FairPlan.fullMessage(for: error), in: .vietnamese)
            }
        }
        #expect(vietnamese.hasPrefix("Lỗi: Giá trị 'mot' không hợp lệ cho '--seed <seed>'"))
        let english = CLILanguage.$current.withValue(.english) {
            do {
                _ = try FairPlan.parseAsRoot(["register", "organisation", "--province", "Lào Cai"])
                return ""
            } catch {
                return FairPlan.fullMessage(for: error)
            }
        }
        #expect(english.hasPrefix("Error: Missing expected argument '--name <name>'"))
    }

    @Test("a number too large, negative where 0 and up are read, or not whole says why (QA 41 #9)")
    func numberReasons() {
        func failure(_ arguments: [String], _ language: Language) -> String {
            CLILanguage.$current.withValue(language) {
                do {
                    _ = try FairPlan.parseAsRoot(arguments)
                    return ""
                } catch {
                    return CommandRunner.failure(error).message
                }
            }
        }
        let large = ["allocate", "booths", "--iterations", "99999999999999999999"]
        #expect(failure(large, .vietnamese).contains("'--iterations <iterations>': số quá lớn"))
        #expect(failure(large, .english).contains("'--iterations <iterations>': the number is too large"))
        let negative = ["allocate", "booths", "--seed=-1"]
        #expect(failure(negative, .vietnamese).contains("hãy ghi một số nguyên từ 0 trở lên"))
        let decimal = ["allocate", "booths", "--iterations", "1e20"]
        #expect(failure(decimal, .vietnamese).contains("hãy ghi một số nguyên chỉ gồm chữ số"))
        // A whole number given where a name is read keeps the parser's own message.
        let swapped = failure(["restore", "3", "booths"], .english)
        #expect(!swapped.contains("whole number"), "\(swapped)")
        let word = ["allocate", "booths", "--seed", "mot"]
        #expect(failure(word, .vietnamese).hasPrefix("Lỗi: Giá trị 'mot' không hợp lệ cho '--seed <seed>'\n"))
    }

    @Test("a negative number where a command takes its own number is named, not «missing argument»")
    func negativeArgument() async {
        for arguments in [["restore", "booths", "-1"], ["undo", "-2"], ["changes", "-1", "2"]] {
            let vietnamese = await CommandRunner.outcome(arguments, environment: [:])
            #expect(vietnamese.status == 64)
            #expect(
                vietnamese.message.hasPrefix(
                    "Lỗi: «\(arguments.last == "2" ? "-1" : arguments.last ?? "")» bắt đầu"))
            #expect(vietnamese.message.contains("phải từ 1 trở lên"), "\(vietnamese.message)")
            #expect(!vietnamese.message.contains("Thiếu tham số"))
            let english = await CommandRunner.outcome(arguments + ["--lang", "en"], environment: [:])
            #expect(english.message.contains("starts with a minus sign"), "\(english.message)")
        }
        // A flag and its --no- form together are refused, not decided by the last one (QA 43 #12).
        let both = await CommandRunner.outcome(
            ["edit", "session", "Khai mạc", "--last", "--no-last"], environment: [:])
        #expect(both.status == 64)
        #expect(
            both.message.contains("'--no-last'") && both.message.contains("đã được ghi bằng"),
            "\(both.message)")
        // A word starting with «-»: as an option's value, joined with «=»; as a name, after «--».
        let name = await CommandRunner.outcome(
            ["register", "organisation", "--name", "-abc", "--province", "Cà Mau"], environment: [:])
        #expect(name.message.contains("--name=-abc"), "\(name.message)")
        let subject = await CommandRunner.outcome(
            ["edit", "party", "-abc", "--booths", "2"], environment: [:])
        #expect(subject.message.contains("-- -abc"), "\(subject.message)")
        // A value given to an option is joined to it and range-checked as before.
        let seed = await CommandRunner.outcome(["allocate", "booths", "--seed", "-1"], environment: [:])
        #expect(seed.message.contains("từ 0 trở lên"), "\(seed.message)")
    }

    @Test("--lang is taken from anywhere on the line, FAIRPLAN_LANG otherwise; a wrong value is reported")
    func languageChoice() {
        let english = CLILanguage.choose(arguments: ["list", "--lang", "en", "parties"], environment: [:])
        #expect(english.language == .english)
        #expect(english.arguments == ["list", "parties"])
        let fromEnvironment = CLILanguage.choose(
            arguments: ["report"], environment: ["FAIRPLAN_LANG": "en_US.UTF-8"])
        #expect(fromEnvironment.language == .english)
        let overridden = CLILanguage.choose(
            arguments: ["--lang=vi", "report"], environment: ["FAIRPLAN_LANG": "en"])
        #expect(overridden.language == .vietnamese)
        #expect(CLILanguage.choose(arguments: ["--lang", "fr"], environment: [:]).invalid == "fr")
        #expect(
            CLILanguage.choose(arguments: ["import", "--", "--lang"], environment: [:]).arguments == [
                "import", "--", "--lang",
            ])
    }
}
