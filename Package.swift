// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "danvan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "danvan", targets: ["danvan"]),
        // danvan with the shared store on PostgreSQL: `danvan` hands the commands that need a server over to it.
        .executable(name: "danvan-pg", targets: ["danvan-pg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // libedit's header (histedit.h, from libedit-dev) at build time; the library itself is loaded
        // with dlopen when the REPL starts (see Sources/CEditLine/include/CEditLine.h).
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "DanVanText", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "DanVanKnowledge",
            dependencies: [
                "DanVanText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "DanVanIntents",
            dependencies: ["DanVanText", "DanVanKnowledge", "DanVanTasks", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "DanVanTasks",
            dependencies: [
                "DanVanText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The shared store on a PostgreSQL server (tasks and the plan library); only `danvan-pg` links it
        // (SQLite stays the default, and `danvan` never pays for the client at start-up).
        .target(
            name: "DanVanTasksPostgres",
            dependencies: [
                "DanVanText", "DanVanTasks", "DanVanKnowledge",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "DanVanAssistant",
            dependencies: [
                "DanVanText", "DanVanKnowledge", "DanVanIntents", "DanVanTasks",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "DanVanREPL", dependencies: ["CEditLine", "DanVanText"]),
        // The command line both executables share, with the registry of the server backend.
        .target(
            name: "DanVanCLI",
            dependencies: [
                "DanVanAssistant", "DanVanREPL", "DanVanKnowledge", "DanVanIntents", "DanVanTasks", "DanVanText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(name: "danvan", dependencies: ["DanVanCLI"]),
        .executableTarget(
            name: "danvan-pg",
            dependencies: [
                "DanVanCLI", "DanVanKnowledge", "DanVanTasks", "DanVanTasksPostgres", "DanVanText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "danvan-fuzz",
            dependencies: ["DanVanAssistant", "DanVanIntents", "DanVanKnowledge", "DanVanTasks", "DanVanText",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/DanVanFuzz"
        ),
        .executableTarget(name: "danvan-repl-fixture", dependencies: ["DanVanREPL"], path: "Tests/Fixtures/ReplFixture"),
        .testTarget(name: "DanVanTextTests", dependencies: ["DanVanText"]),
        .testTarget(name: "DanVanKnowledgeTests", dependencies: ["DanVanKnowledge"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DanVanIntentsTests", dependencies: ["DanVanIntents", "DanVanKnowledge"]),
        .testTarget(name: "DanVanTasksTests", dependencies: ["DanVanTasks", "DanVanIntents"]),
        .testTarget(name: "DanVanTasksPostgresTests", dependencies: ["DanVanTasks", "DanVanTasksPostgres", "DanVanText", "DanVanIntents",
                                                                      "DanVanKnowledge", "DanVanAssistant"]),
        .testTarget(name: "DanVanAssistantTests", dependencies: ["DanVanAssistant"], exclude: ["Fixtures"]),  // read by path
        .testTarget(name: "DanVanREPLTests", dependencies: ["DanVanREPL"]),
        .testTarget(name: "EndToEndTests", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "RobustnessTests",
            dependencies: [
                "DanVanAssistant", "DanVanIntents", "DanVanKnowledge", "DanVanTasks", "DanVanText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Corpus"]
        ),
    ],
    swiftLanguageModes: [.v5]
)

// Release builds reach the metadata of concrete generic types (`Set<String>`, `[Plan]`…) through their
// accessors instead of mangled names: a mangled name is demangled at its first use, and checking its
// generic requirements scans every protocol conformance of the (static) binary — about a fifth of a
// cold `danvan ask`'s instructions (issue 16; BENCHMARKS.md, "Start-up").
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
    ]
}
