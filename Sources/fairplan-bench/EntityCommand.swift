import Interchange

/// A command on one entity that `fairplan-bench import` times on the filled plan: each should
/// answer within ``FairPlanBench/Import/Targets/entitySeconds`` on a plan of tens of thousands of
/// organisations, reading and checking only what it touches (issue 17).
///
/// ``setup`` registers, untimed, what the timed commands name: an organisation with a name of
/// its own, a person with a known identifier, two parties, a connection point and a session.
/// Each timed command then changes something, so none is refused as changing nothing.
struct EntityCommand: Sendable {
    /// How the command is shown.
    let label: String
    /// The arguments after `fairplan` (without `--plan`), for the registry of `generator`.
    let arguments: @Sendable (_ generator: RegistryGenerator) -> [String]

    /// The name of the organisation ``setup`` registers, which no generated one has.
    static let organisationName = "Hợp tác xã Dịch vụ Thử nghiệm Đo thời gian"
    /// The person ``setup`` registers, chair of the point and the session.
    static let chairID = "db-bench-chu-tri"
    /// The person's name, which no generated delegate has.
    static let chairName = "Phạm Thị Thử Nghiệm"
    /// The organisation's party.
    static let partyName = "Gian hàng Hợp tác xã Thử nghiệm"
    /// The provincial alliance's party.
    static let allianceName = "Gian hàng Liên minh Hợp tác xã thử nghiệm"

    /// Registered before the timing, in order.
    static let setup: [EntityCommand] = [
        EntityCommand(label: "register organisation") { generator in
            [
                "register", "organisation", "--name", organisationName, "--province", generator.province(1),
                "--code", "0109999991", "--members", "9",
            ]
        },
        EntityCommand(label: "register person") { generator in
            [
                "register", "person", "--name", chairName, "--id", chairID, "--position", "Chủ tịch",
                "--organisation", generator.registrationCode(0),
            ]
        },
        EntityCommand(label: "register party") { _ in
            ["register", "party", "--name", partyName, "--organisation", "0109999991", "--booths", "2"]
        },
        EntityCommand(label: "register party (alliance)") { generator in
            [
                "register", "party", "--name", allianceName, "--province", generator.province(2), "--share",
                generator.registrationCode(2), "--share", generator.registrationCode(3), "--booths", "3",
            ]
        },
        EntityCommand(label: "register point") { _ in
            [
                "register", "point", "--name", "Điểm cầu Hà Nội", "--province", "Hà Nội", "--host",
                "Liên minh Hợp tác xã Việt Nam", "--capacity", "200", "--role", "main", "--chair", chairID,
                "--technician", "Đặng Văn Kỹ Thuật", "--phone", "0912 000 001",
            ]
        },
        EntityCommand(label: "register session") { _ in
            [
                "register", "session", "--title", "Khai mạc", "--kind", "opening", "--minutes", "15",
                "--chair", chairID, "--link-all",
            ]
        },
    ]

    /// The commands timed, in order.
    static let all: [EntityCommand] = [
        EntityCommand(label: "register product") { generator in
            [
                "register", "product", "--name", "Mật ong hoa nhãn thử nghiệm", "--owner",
                generator.registrationCode(4), "--id", "sp-bench-mat-ong",
            ]
        },
        EntityCommand(label: "register person") { generator in
            [
                "register", "person", "--name", "Lê Văn Đo Thời Gian", "--organisation",
                generator.registrationCode(5),
            ]
        },
        EntityCommand(label: "register party") { generator in
            [
                "register", "party", "--name", "Gian hàng thử nghiệm thứ hai", "--organisation",
                generator.registrationCode(6), "--booths", "1",
            ]
        },
        EntityCommand(label: "register point") { _ in
            [
                "register", "point", "--name", "Điểm cầu Sơn La", "--province", "Sơn La", "--host",
                "Liên minh Hợp tác xã tỉnh Sơn La", "--capacity", "60", "--chair", chairID, "--technician",
                "Lò Văn Kỹ Thuật", "--phone", "0912 000 002",
            ]
        },
        EntityCommand(label: "register session") { _ in
            [
                "register", "session", "--title", "Báo cáo", "--kind", "report", "--minutes", "30",
                "--speaker", chairID,
            ]
        },
        EntityCommand(label: "confirm") { _ in ["confirm", partyName] },
        EntityCommand(label: "edit organisation (by code)") { generator in
            ["edit", "organisation", generator.registrationCode(7), "--members", "21"]
        },
        EntityCommand(label: "edit organisation (name without tones)") { _ in
            ["edit", "organisation", "Hop tac xa Dich vu Thu nghiem Do thoi gian", "--members", "10"]
        },
        EntityCommand(label: "edit product") { _ in
            ["edit", "product", "sp-bench-mat-ong", "--cold-chain"]
        },
        EntityCommand(label: "edit person (name without tones)") { _ in
            ["edit", "person", "Pham Thi Thu Nghiem", "--position", "Phó Chủ tịch"]
        },
        EntityCommand(label: "edit party") { _ in ["edit", "party", partyName, "--booths", "3"] },
        EntityCommand(label: "edit point") { _ in ["edit", "point", "Điểm cầu Hà Nội", "--capacity", "250"] },
        EntityCommand(label: "edit session") { _ in ["edit", "session", "Khai mạc", "--minutes", "20"] },
        EntityCommand(label: "withdraw") { _ in ["withdraw", allianceName] },
    ]
}
