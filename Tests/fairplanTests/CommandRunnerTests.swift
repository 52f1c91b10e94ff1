import Testing
import Workflow

@testable import fairplan

@Suite("fairplan: a negative value after an option is read as its value")
struct CommandRunnerTests {
    @Test("--option -N becomes --option=-N, up to --; other arguments are left alone")
    func joining() {
        #expect(
            CommandRunner.joiningNegativeValues(["allocate", "booths", "--iterations", "-1", "--seed", "-5"])
                == ["allocate", "booths", "--iterations=-1", "--seed=-5"])
        #expect(
            CommandRunner.joiningNegativeValues(["x", "--time-limit", "-0.5", "--lang", "en"])
                == ["x", "--time-limit=-0.5", "--lang", "en"])
        #expect(CommandRunner.joiningNegativeValues(["x", "--a=-1", "-h"]) == ["x", "--a=-1", "-h"])
        #expect(CommandRunner.joiningNegativeValues(["x", "--", "--a", "-1"]) == ["x", "--", "--a", "-1"])
        #expect(CommandRunner.joiningNegativeValues(["x", "--a", "-b"]) == ["x", "--a", "-b"])
        #expect(CommandRunner.joiningNegativeValues(["x", "--a", "--1"]) == ["x", "--a", "--1"])
    }

    @Test("a negative count is reported with its range, not as a missing value")
    func negativeCount() async {
        let outcome = await CommandRunner.outcome(
            ["allocate", "booths", "--sample", "fair", "--iterations", "-1"], environment: [:])
        #expect(outcome.status != 0)
        #expect(outcome.message.contains("«-1»"), "\(outcome.message)")
        #expect(!outcome.message.contains("Thiếu giá trị"), "\(outcome.message)")
    }
}
