import DocketText
import ArgumentParser
import DocketStore

/// Loads a store for a command, turning failures into messages and exit codes.
enum StoreLoading {
    static func load(_ path: String) throws -> StoreLoadResult {
        try load(loader(path))
    }

    /// `trusting`: whether a file unchanged since it was judged valid may skip its schema
    /// (every command but `docket validate`, whose job is to judge everything).
    static func loader(_ path: String, trusting: Bool = true) throws -> StoreLoader {
        do {
            // Without its schemas the loader refuses to start, so no file is trusted by an empty fingerprint.
            let validated = ValidatedFiles(dataDirectory: StoreLocation.dataDirectory, storeRoot: path,
                                           rules: (try? SchemaSet.bundled())?.fingerprint ?? "", trusting: trusting)
            if let refusal = validated.refusal { Console.error("docket: " + CLIWords.current.cacheRefused(InertText.make(refusal))) }
            return try StoreLoader(root: path, validated: validated)
        } catch {
            Console.error("docket: \(InertText.make(error.description(in: CLIWords.currentLanguage)))")
            throw ExitStatus.ioError
        }
    }

    static func load(_ loader: StoreLoader, matters: StoreLoader.MatterSelection = .all) throws -> StoreLoadResult {
        do {
            return try loader.load(matters: matters)
        } catch {
            Console.error("docket: \(InertText.make(error.description(in: CLIWords.currentLanguage)))")
            switch error {
            case .installationIncomplete: throw ExitStatus.ioError
            case .notFound, .notAStore: throw ExitStatus.noInput
            }
        }
    }

    /// Prints every problem and exits: 65 when any data is bad, 74 when files could only not be read.
    static func fail(with problems: [StoreProblem], store: String) throws -> Never {
        for problem in problems { Console.error(problem.description) }
        Console.error("docket: " + CLIWords.current.nothingChanged(InertText.make(store), CLIWords.current.problems(problems.count)))
        let onlyUnreadable = problems.allSatisfy { $0.kind == .unreadable }
        throw onlyUnreadable ? ExitStatus.ioError : ExitStatus.dataError
    }
}
