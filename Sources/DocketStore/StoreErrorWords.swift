import Glibc
import DocketModel

/// Why a file could not be read or written, in the person's language: the
/// interface shows these in "Not saved: …". One table per language.
public struct StoreErrorWords: Sendable {
    let notFound: String
    let permissionDenied: String
    let isDirectory: String
    let notDirectory: String
    let notRegularFile: String
    let symbolicLink: String
    let tooLarge: @Sendable (Int) -> String
    let noSpace: String
    let fileSizeLimit: String
    let unreadable: @Sendable (String) -> String
    let exposed: @Sendable (String, String) -> String
    let exposedFolder: @Sendable (String, String) -> String
    let readOnlyFile: @Sendable (String, String) -> String
    let readOnly: String
    let journalOnly: @Sendable (String) -> String
    let invalid: @Sendable (String, Int) -> String
    let belongsTo: @Sendable (String, String) -> String
    /// A store that cannot be opened: nothing there (or a file), no manifest, Docket's own schemas missing.
    let noStore: @Sendable (_ path: String, _ isFile: Bool) -> String
    let notAStore: @Sendable (_ path: String, _ manifest: String) -> String
    let installationIncomplete: @Sendable (String) -> String

    public static func `for`(_ language: InterfaceLanguage) -> StoreErrorWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }

    static let english = StoreErrorWords(
        notFound: "not found",
        permissionDenied: "cannot be read or written: permission denied",
        isDirectory: "is a directory where a file was expected",
        notDirectory: "is a file where a directory was expected",
        notRegularFile: "is not a regular file (a named pipe, socket or device): Docket reads and writes only regular files",
        symbolicLink: "is a symbolic link: Docket follows none here, so that it writes only where it was asked to",
        tooLarge: { "is larger than \($0) MB, more than any store file may be" },
        noSpace: "could not be written: the disk is full",
        fileSizeLimit: "could not be written: larger than this session may write (the file size limit, ulimit -f)",
        unreadable: { "\($0) — not overwriting it; fix or move the file" },
        exposed: { path, mode in "\(path) can be read by others (mode \(mode)): run chmod go-rwx on it; Docket will not write private notes there until then" },
        exposedFolder: { path, mode in
            "\(path) can be written by others (mode \(mode)), who could replace your private notes: run chmod go-w on it; Docket will not write private notes below it until then"
        },
        readOnlyFile: { path, mode in "\(path) is read-only (mode \(mode)): Docket will not replace it; run chmod u+w on it for Docket to write there" },
        readOnly: "this session is read-only",
        journalOnly: { "the journal's line for this change (\($0)); the change itself is in the record, and its line is written with the next change" },
        invalid: { first, more in "\(first)\(more > 0 ? " (and \(more) more)" : ""): Docket writes no file it would refuse to read" },
        belongsTo: { name, owner in "\(name) belongs to \(owner) (docket access shows who can write what)" },
        noStore: { path, isFile in "\(path): no store here: \(isFile ? "it is a file, not a folder" : "the folder does not exist")" },
        notAStore: { path, manifest in
            "\(path): not a Docket store: it has no \(manifest). Create one with 'docket demo --output DIR', or name the folder that holds \(manifest)."
        },
        installationIncomplete: { "Docket's installation is incomplete: \($0)" })

    static let swedish = StoreErrorWords(
        notFound: "finns inte",
        permissionDenied: "kan inte läsas eller skrivas: behörighet saknas",
        isDirectory: "är en mapp där en fil väntades",
        notDirectory: "är en fil där en mapp väntades",
        notRegularFile: "är ingen vanlig fil (en namngiven pipe, en socket eller en enhet): Docket läser och skriver bara vanliga filer",
        symbolicLink: "är en symbolisk länk: Docket följer ingen här, så att den bara skriver där den ombads",
        tooLarge: { "är större än \($0) MB, mer än någon fil i arkivet får vara" },
        noSpace: "kunde inte skrivas: disken är full",
        fileSizeLimit: "kunde inte skrivas: större än vad den här sessionen får skriva (filstorleksgränsen, ulimit -f)",
        unreadable: { "\($0) — skrivs inte över; rätta eller flytta filen" },
        exposed: { path, mode in "\(path) kan läsas av andra (rättigheter \(mode)): kör chmod go-rwx på den; Docket skriver inga privata anteckningar där förrän dess" },
        exposedFolder: { path, mode in
            "\(path) kan skrivas av andra (rättigheter \(mode)), som kunde byta ut dina privata anteckningar: kör chmod go-w på den; Docket skriver inga privata anteckningar under den förrän dess"
        },
        readOnlyFile: { path, mode in "\(path) är skrivskyddad (rättigheter \(mode)): Docket ersätter den inte; kör chmod u+w på den för att Docket ska få skriva där" },
        readOnly: "den här sessionen kan bara läsa",
        journalOnly: { "loggens rad för ändringen (\($0)); själva ändringen finns i protokollet, och raden skrivs med nästa ändring" },
        invalid: { first, more in "\(first)\(more > 0 ? " (och \(more) till)" : ""): Docket skriver ingen fil som den själv skulle vägra läsa" },
        belongsTo: { name, owner in "\(name) tillhör \(owner) (docket access visar vem som får skriva vad)" },
        noStore: { path, isFile in "\(path): här finns inget arkiv: \(isFile ? "det är en fil, inte en mapp" : "mappen finns inte")" },
        notAStore: { path, manifest in
            "\(path): inget Docket-arkiv: det saknar \(manifest). Skapa ett med 'docket demo --output MAPP', eller ange mappen som har \(manifest)."
        },
        installationIncomplete: { "Dockets installation är ofullständig: \($0)" })
}

extension FileSystemError {
    public func explanation(in language: InterfaceLanguage) -> String {
        let words = StoreErrorWords.for(language)
        switch reason {
        case .notFound: return words.notFound
        case .permissionDenied: return words.permissionDenied
        case .isDirectory: return words.isDirectory
        case .notDirectory: return words.notDirectory
        case .notRegularFile: return words.notRegularFile
        case .symbolicLink: return words.symbolicLink
        case .tooLarge(let limit): return words.tooLarge(limit / (1024 * 1024))
        case .noSpace: return words.noSpace
        case .fileSizeLimit: return words.fileSizeLimit
        case .system(let code): return String(cString: strerror(code))
        }
    }

    public func description(in language: InterfaceLanguage) -> String { "\(path): \(explanation(in: language))" }
}

extension WriteError {
    /// Why the change was not saved, in the person's language (the problems a file has keep the validator's words).
    public func description(in language: InterfaceLanguage) -> String {
        let words = StoreErrorWords.for(language)
        func mode(_ permissions: UInt16) -> String { String(permissions, radix: 8) }
        switch self {
        case .io(let error): return error.description(in: language)
        case .unreadable(let problem): return words.unreadable(problem.description)
        case .exposed(let path, let permissions): return words.exposed(path, mode(permissions))
        case .exposedFolder(let path, let permissions): return words.exposedFolder(path, mode(permissions))
        case .readOnlyFile(let path, let permissions): return words.readOnlyFile(path, mode(permissions))
        case .readOnly: return words.readOnly
        case .journalOnly(let error): return words.journalOnly(error.description(in: language))
        case .invalid(let problems): return words.invalid(problems[0].description, problems.count - 1)
        }
    }
}
