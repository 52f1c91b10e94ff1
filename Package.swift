// swift-tools-version: 6.1
import PackageDescription

/// Strictness applied to every target (DEVELOPERS.md).
let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "FairPlan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fairplan", targets: ["fairplan"]),
        .library(name: "LibXML", targets: ["LibXML"]),
        .library(name: "Planning", targets: ["Planning"]),
        .library(name: "Interchange", targets: ["Interchange"]),
        .library(name: "Sheets", targets: ["Sheets"]),
        .library(name: "Scheduler", targets: ["Scheduler"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Workflow", targets: ["Workflow"]),
        .library(name: "Web", targets: ["Web"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2System",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "CLibXML2",
            dependencies: ["CLibXML2System"]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "LibXML",
            dependencies: ["CLibXML2"],
            swiftSettings: strictness
        ),
        .target(
            name: "Planning",
            swiftSettings: strictness
        ),
        .target(
            name: "Scheduler",
            dependencies: ["Planning"],
            swiftSettings: strictness
        ),
        .target(
            name: "Store",
            dependencies: [
                "Planning", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "Sheets",
            dependencies: ["LibXML", "CZlib"],
            swiftSettings: strictness
        ),
        .target(
            name: "Interchange",
            dependencies: ["Planning", "Scheduler", "Sheets", "LibXML"],
            resources: [.copy("Resources/Venues"), .copy("Resources/Schemas")],
            swiftSettings: strictness
        ),
        .target(
            name: "Workflow",
            dependencies: [
                "Planning", "Interchange", "Scheduler", "Store", "Sheets",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "Web",
            dependencies: [
                "Workflow", "Planning", "Interchange", "Store", "Scheduler",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Templates"), .copy("Assets")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "fairplan",
            dependencies: [
                "Web",
                "Workflow",
                "Planning",
                "Interchange",
                "Scheduler",
                "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "fairplan-bench",
            dependencies: [
                "Planning",
                "Sheets",
                "Interchange",
                "Scheduler",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "TestSupport",
            dependencies: ["Planning"],
            path: "Tests/TestSupport",
            resources: [.copy("Schemas")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "WorkflowTests",
            dependencies: [
                "Workflow", "TestSupport", "Planning", "Interchange", "Scheduler", "Store", "Sheets",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "LibXMLTests",
            dependencies: ["TestSupport", "LibXML"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["TestSupport", "Interchange", "Planning", "LibXML", "Sheets", "Scheduler"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SheetsTests",
            dependencies: ["TestSupport", "Sheets", "LibXML"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SchedulerTests",
            dependencies: ["TestSupport", "Scheduler", "Planning"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "StoreTests",
            dependencies: [
                "TestSupport", "Store", "Planning", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "fairplanTests",
            dependencies: [
                "TestSupport",
                "fairplan",
                "Store",
                "Planning",
                "Interchange",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures/browser_test.py"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "TestSupport", "Web", "Workflow", "Planning", "Store", "Sheets",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "PlanningTests",
            dependencies: ["TestSupport", "Planning"],
            swiftSettings: strictness
        ),
    ],
    swiftLanguageModes: [.v6]
)
