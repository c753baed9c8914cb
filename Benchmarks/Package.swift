// swift-tools-version:6.1
// Benchmarks for Teachback, kept out of the main package so its build and CI stay fast.
// Run from this folder: swift package benchmark   (see docs/benchmarks.md)
import PackageDescription

let package = Package(
    name: "TeachbackBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Teachback", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TeachbackBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TeachbackKit", package: "Teachback"),
            ],
            path: "Benchmarks/TeachbackBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
