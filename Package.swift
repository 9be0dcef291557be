// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "journey",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "journey", targets: ["journey"]),
        .library(name: "JourneyKit", targets: ["JourneyKit"]),
        .library(name: "JourneyScreen", targets: ["JourneyScreen"]),
        .library(name: "JourneyEditor", targets: ["JourneyEditor"]),
        .library(name: "JourneySession", targets: ["JourneySession"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssh", exact: "0.15.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
    ],
    targets: [
        // Templates and example maps, bundled as package resources.
        .target(
            name: "JourneyAssets",
            path: "Assets",
            resources: [.copy("templates"), .copy("examples")]
        ),
        // The model, the `.journey` format, JSON interchange, exports, validation and merge.
        .target(
            name: "JourneyKit",
            dependencies: ["JourneyAssets"]
        ),
        // What the editor and the terminal share: the screen buffer and frame, styles, display
        // widths, keys and input events, and the `TerminalDevice` protocol. Pure Swift.
        .target(name: "JourneyScreen"),
        // The pure editor core: state, update, commands, undo, layout and rendering into a buffer.
        // It does no I/O: no Foundation, no files, processes, threads or signals (a test in
        // JourneyEditorTests checks its imports; member import visibility keeps Foundation's
        // extensions out even though JourneyKit uses Foundation).
        .target(
            name: "JourneyEditor",
            dependencies: ["JourneyKit", "JourneyScreen"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The editor on a terminal: the input loop, saves and exports on a worker off the key
        // path, recovery and presence files, the file watch, signals and `$EDITOR`.
        .target(
            name: "JourneySession",
            dependencies: ["JourneyKit", "JourneyEditor", "JourneyScreen"]
        ),
        // The C system library for ncursesw, with a shim header for what Swift cannot import.
        // It links `-lncursesw -ltinfo` (what `pkg-config --libs ncursesw` names) through its module
        // map rather than through `pkgConfig:`, because Debian's ncursesw.pc adds `-D_XOPEN_SOURCE`
        // flags that SwiftPM refuses with a warning on every build; the shim defines them itself.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that talks to ncurses.
        .target(
            name: "JourneyTerminal",
            dependencies: ["JourneyScreen", "CNcursesw"]
        ),
        // Starting a process on a new pseudo-terminal (fork, setsid, TIOCSCTTY), in C because it
        // must call only async-signal-safe functions between fork and exec.
        .target(name: "CJourneyPTY"),
        // `journey serve`: the SSH server that gives each workshop participant their own editor
        // process on a pseudo-terminal.
        .target(
            name: "JourneyServer",
            dependencies: [
                "JourneyKit",
                "CJourneyPTY",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The server's own executable, which `journey serve` runs: linking SwiftNIO and
        // swift-crypto into `journey` made every start of the editor slower (see the README).
        .executableTarget(
            name: "journey-serve",
            dependencies: ["JourneyServer", "JourneyKit"]
        ),
        .executableTarget(
            name: "journey",
            dependencies: [
                "JourneyKit",
                "JourneyEditor",
                "JourneySession",
                "JourneyTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark suite: `swift run -c release journey-bench` prints a table of figures and targets.
        .executableTarget(
            name: "journey-bench",
            dependencies: ["JourneyKit", "JourneyEditor", "JourneySession"]
        ),
        // What the test targets share: a file system that fails on purpose, temporary folders.
        .target(name: "JourneyTestSupport", dependencies: ["JourneyKit"], path: "Tests/JourneyTestSupport"),
        .testTarget(name: "JourneyKitTests", dependencies: ["JourneyKit", "JourneyTestSupport"]),
        .testTarget(name: "JourneyEditorTests", dependencies: ["JourneyEditor", "JourneyKit", "JourneyTestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "JourneySessionTests", dependencies: ["JourneySession", "JourneyEditor", "JourneyKit", "JourneyTestSupport"]),
        .testTarget(name: "JourneyBenchTests", dependencies: ["journey-bench", "JourneyKit", "JourneyTestSupport"]),
        .testTarget(name: "JourneyTerminalTests", dependencies: ["JourneyTerminal", "JourneyScreen"]),
        .testTarget(name: "JourneyEndToEndTests", dependencies: ["JourneyKit"]),
    ],
    swiftLanguageModes: [.v6]
)
