// swift-tools-version: 5.4
import PackageDescription

// libFuzzer targets for FairPlan's readers (FuzzTesting/README.md). Build with the sanitizers on:
// swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// (`.ci/fuzz` does, then runs every target on a copy of its corpus).
//
// Tools version 5.4 on purpose, as swift-protobuf's FuzzTesting: from 5.5 on, SwiftPM renames an
// executable's entry point to `<Target>_main` and links `main` to it, which a libFuzzer target
// (no `main` of its own: libFuzzer brings it) cannot satisfy. The main package's language mode
// and upcoming features are passed as flags instead.

/// Strictness applied to every target, as in the main package (Swift 6 mode, DEVELOPERS.md).
let strictness: [SwiftSetting] = [
    .unsafeFlags([
        "-swift-version", "6",
        "-enable-upcoming-feature", "ExistentialAny",
        "-enable-upcoming-feature", "MemberImportVisibility",
        "-enable-upcoming-feature", "InternalImportsByDefault",
    ])
]

let package = Package(
    name: "FairPlanFuzzTesting",
    platforms: [.macOS(.v11)],
    dependencies: [
        .package(name: "FairPlan", path: "..")
    ],
    targets: [
        .target(
            name: "FuzzCommon",
            dependencies: [.product(name: "Sheets", package: "FairPlan")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "FuzzCSV",
            dependencies: [.product(name: "Sheets", package: "FairPlan")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "FuzzODS",
            dependencies: ["FuzzCommon", .product(name: "Sheets", package: "FairPlan")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "FuzzXLSX",
            dependencies: ["FuzzCommon", .product(name: "Sheets", package: "FairPlan")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "FuzzFODS",
            dependencies: [.product(name: "Sheets", package: "FairPlan")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "FuzzVenue",
            dependencies: [
                .product(name: "Interchange", package: "FairPlan"),
                .product(name: "Planning", package: "FairPlan"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "FuzzRegistration",
            dependencies: [
                "FuzzCommon",
                .product(name: "Interchange", package: "FairPlan"),
                .product(name: "Planning", package: "FairPlan"),
                .product(name: "Sheets", package: "FairPlan"),
            ],
            swiftSettings: strictness
        ),
    ]
)
