import DocketModel
import DocketStore
import DocketText
import Foundation

/// What the commands that prepare a store share: they start from a store without
/// problems, and a write the store would refuse is reported with its file and place.
enum Preparation {
    static func openValid(_ path: String) throws -> (StoreLoader, StoreContents) {
        let loader = try StoreLoading.loader(path)
        let result = try StoreLoading.load(loader)
        guard result.isValid, let contents = result.contents else { try StoreLoading.fail(with: result.problems, store: path) }
        return (loader, contents)
    }

    static func writing(_ store: String, committee: Committee, _ write: () throws(WriteError) -> Void) throws {
        do {
            try write()
        } catch {
            Console.error("docket: " + PreparationWords.current.notWritten(explained(error, store: store, committee: committee)))
            throw ExitStatus.dataError
        }
    }

    /// Why a write was refused, in the person's language, made inert.
    static func explained(_ error: WriteError, store: String, committee: Committee) -> String {
        InertText.make(error.explained(storeRoot: store, committee: committee, date: Calendar.today(in: committee.timeZone),
                                       language: CLIWords.currentLanguage))
    }
}
