// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Teachback",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "teachback", targets: ["teachback"]),
        // What a user of the library may call (the separate Benchmarks package is one): banks, the generator, the
        // scheduler, the store's model and the SQLite store. Everything else is `package`.
        .library(
            name: "TeachbackKit",
            targets: [
                "ContentModel", "BuiltInBank", "QuestionGeneration", "Scheduling", "LearnerModel", "LearnerStore",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // What postgres-nio brings and ClinicStore imports itself, declared so (versions as postgres-nio needs them).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.4"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        .target(name: "ContentModel", dependencies: [.product(name: "Yams", package: "Yams"), "Words"]),
        .target(
            name: "BuiltInBank",
            path: "QuestionBank",
            exclude: ["README.md"],
            resources: [
                .copy("immunotherapy-recurrence"), .copy("immunotherapy-recurrence-es"),
                .copy("immunotherapy-recurrence-zh"),
            ]
        ),
        .target(name: "QuestionGeneration", dependencies: ["ContentModel", "Words"]),
        .target(name: "Drafting", dependencies: ["ContentModel", "Words"]),
        .target(name: "Scheduling"),
        // The store's value types and protocols: what the quiz writes and reads, what reports and commands read.
        .target(name: "LearnerModel", dependencies: ["Scheduling", "Words"]),
        // The words a person reads: gettext PO catalogues per language, embedded in the program, with their plural
        // rules and the pseudo-locale. Imports nothing.
        .target(
            name: "Words",
            // The PO files are the translators' text; the program reads the .mo files compiled from them.
            exclude: ["Catalogues/teachback.pot", "Catalogues/es.po", "Catalogues/zh-Hans.po"],
            resources: [
                .embedInCode("Catalogues/es.mo"), .embedInCode("Catalogues/zh-Hans.mo"),
                .embedInCode("Catalogues/en.cues"), .embedInCode("Catalogues/es.cues"),
                .embedInCode("Catalogues/zh-Hans.cues"),
            ]),
        .target(
            name: "QuizEngine",
            dependencies: ["ContentModel", "QuestionGeneration", "Scheduling", "LearnerModel", "Words"]),
        // The records both stores keep: one row type per table, its columns, and each statement written once for
        // SQLite and PostgreSQL (a small dialect hook where they differ). No driver.
        .target(name: "StoreRecords", dependencies: ["LearnerModel", "Scheduling", "Words"]),
        // The only module that imports GRDB.
        .target(
            name: "LearnerStore",
            dependencies: [
                "LearnerModel", "Scheduling", "StoreRecords", "Words", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface as GRDB links it, to bind a statement's values directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The clinic's shared store: PostgreSQL through postgres-nio (and the SwiftNIO, NIOSSL and Logging it brings),
        // the only module that imports them.
        .target(
            name: "ClinicStore",
            dependencies: [
                "LearnerModel", "Scheduling", "StoreRecords", "Words",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Nurse accounts: secrets hashed with scrypt (swift-crypto's CryptoExtras), sign-in with its lock.
        .target(
            name: "NurseAccounts",
            dependencies: [
                "LearnerModel", "Words", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(
            name: "Reports",
            dependencies: ["ContentModel", "QuestionGeneration", "QuizEngine", "Scheduling", "LearnerModel", "Words"]),
        // Starts a child process tied to the trainer's life (fork, PR_SET_PDEATHSIG, exec): read-aloud's espeak-ng.
        .target(name: "CSpawn"),
        // Read-aloud: speaks the view models through espeak-ng.
        .target(name: "Speech", dependencies: ["CSpawn", "QuizEngine"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "QuizEngine", "QuestionGeneration", "LearnerModel"]),
        // Plain mode links no ncurses.
        .target(name: "PlainUI", dependencies: ["QuizEngine", "QuestionGeneration", "Scheduling", "LearnerModel"]),
        .executableTarget(
            name: "teachback",
            dependencies: [
                "ContentModel", "BuiltInBank", "QuestionGeneration", "Scheduling", "LearnerModel", "QuizEngine",
                "LearnerStore", "ClinicStore", "TerminalUI", "PlainUI", "Reports", "Speech", "NurseAccounts", "Words",
                "Drafting", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "ContentModel", "BuiltInBank", "QuestionGeneration", "Scheduling", "LearnerModel", "QuizEngine",
                "LearnerStore", "NurseAccounts",
            ],
            path: "Tests/TestSupport", resources: [.copy("Banks")]),
        .testTarget(
            name: "ContentModelTests", dependencies: ["ContentModel", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "QuestionGenerationTests", dependencies: ["QuestionGeneration", "TestSupport", "Words"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "SchedulingTests", dependencies: ["Scheduling", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WordsTests", dependencies: ["Words"]),
        .testTarget(
            name: "DraftingTests", dependencies: ["Drafting", "ContentModel", "BuiltInBank", "Words"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "QuizEngineTests",
            dependencies: ["QuizEngine", "TestSupport", "NurseAccounts", "Words", "Scheduling"]),
        .testTarget(
            name: "NurseAccountsTests", dependencies: ["NurseAccounts", "LearnerModel", "LearnerStore", "TestSupport"]),
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "QuizEngine", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "PlainUITests", dependencies: ["PlainUI", "QuizEngine", "TestSupport"]),
        // Plain-mode journeys a patient or a nurse lives (a week of sessions, a teach-back): no terminal, no server.
        .testTarget(
            name: "JourneyTests",
            dependencies: [
                "PlainUI", "QuizEngine", "Reports", "QuestionGeneration", "Scheduling", "LearnerModel", "TestSupport",
            ]),
        .testTarget(name: "SpeechTests", dependencies: ["Speech", "QuizEngine", "TestSupport"]),
        .testTarget(
            name: "LearnerStoreTests",
            dependencies: [
                "LearnerStore", "ClinicStore", "StoreRecords", "LearnerModel", "TestSupport",
                // swift-crypto's SHA-256, to check the audit trail's own against.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "LearnerModel", "TestSupport"],
            exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
