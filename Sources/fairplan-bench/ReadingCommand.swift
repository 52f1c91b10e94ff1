/// A command `fairplan-bench import` times on the filled plan, to show that reading a national
/// registry (lists, exports, the report) keeps its memory when the registry doubles.
struct ReadingCommand: Sendable {
    /// How the command is shown: `list organisations`, `export products (xlsx)`.
    let label: String
    /// Whether it reads the registry row by row, so its peak memory should not grow with it.
    let streamed: Bool
    /// The arguments after `fairplan`, for a plan at `plan` and files named from `stem`.
    let arguments: @Sendable (_ plan: String, _ stem: String) -> [String]

    /// The commands timed, in order.
    static let all: [ReadingCommand] = [
        ReadingCommand(label: "list organisations", streamed: true) { plan, _ in
            ["list", "organisations", "--plan", plan]
        },
        ReadingCommand(label: "list products", streamed: true) { plan, _ in
            ["list", "products", "--plan", plan]
        },
        ReadingCommand(label: "list people", streamed: true) { plan, _ in ["list", "people", "--plan", plan]
        },
        ReadingCommand(label: "export products (xlsx)", streamed: true) { plan, stem in
            [
                "export", "products", "--format", "xlsx", "--draft", "--out", stem + "-san-pham.xlsx",
                "--plan", plan,
            ]
        },
        ReadingCommand(label: "export attendees (ods)", streamed: true) { plan, stem in
            [
                "export", "attendees", "--format", "ods", "--draft", "--out", stem + "-dai-bieu.ods",
                "--plan", plan,
            ]
        },
        ReadingCommand(label: "export summary (csv)", streamed: true) { plan, stem in
            [
                "export", "summary", "--format", "csv", "--draft", "--out", stem + "-tong-hop.csv", "--plan",
                plan,
            ]
        },
        ReadingCommand(label: "report", streamed: true) { plan, _ in
            ["report", "--plan", plan]
        },
    ]
}
