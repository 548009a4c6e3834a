import ArgumentParser

/// A value the command line takes in either language: "--stance avslag" as well as "--stance oppose",
/// listed in the help in the language Docket speaks.
protocol SwedishArgument: ExpressibleByArgument, CaseIterable, Hashable, RawRepresentable<String> {
    static var swedishNames: [Self: String] { get }
}

extension SwedishArgument {
    init?(argument: String) {
        let given = argument.lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == given || Self.swedishNames[$0] == given }) else { return nil }
        self = found
    }

    static var allValueStrings: [String] { allCases.map(\.spoken) }

    /// The value as the command line speaks it now: "avslag" in Swedish, "oppose" in English.
    var spoken: String { CLIWords.currentLanguage == .swedish ? Self.swedishNames[self] ?? rawValue : rawValue }
}
