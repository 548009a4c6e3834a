/// A header written as label and value pairs in any arrangement of columns, as a
/// document system prints it and a scraper runs it onto one line:
/// `Tjänsteutlåtande  Handläggare Utfärdat 2023-05-25  Stefan Lydén Diarienummer 0048/23  Telefon: …`.
/// Values are found after their labels wherever the columns put them; the officer's
/// name is what is left that has a name's shape, never a label, a number or an address.
struct HeaderCells {
    var officer: String?
    var phone: String?
    var reportDate: String?
    var diaryNumber: String?
    var meetingDate: String?
    var documentKind: String?
    var department: String?

    /// Labels, lowercased without their colon.
    static let dateLabels: Set<String> = ["utfärdat", "datum"]
    static let numberLabels: Set<String> = ["diarienummer", "ärendenummer", "dnr", "diarienr"]
    static let otherLabels: Set<String> = ["handläggare", "telefon", "tfn", "tel", "e-post", "epost", "namn", "nr", "er", "vår", "beteckning"]
    static let kinds = ["tjänsteutlåtande", "tjänsteskrivelse", "tjänsteyttrande", "promemoria"]

    /// Whether a line holds such a header: a diary number's label, and the officer's or the date's.
    static func isHeader(_ line: String) -> Bool {
        let words = Set(line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0).trimming(":,") })
        return !words.isDisjoint(with: numberLabels) && (words.contains("handläggare") || !words.isDisjoint(with: dateLabels))
    }

    init(_ line: String) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
        var names: [[String]] = [[]]
        func endName() { if !(names.last ?? []).isEmpty { names.append([]) } }
        var index = 0
        while index < words.count {
            let word = words[index]
            let bare = word.lowercased().trimming(":,")
            if HeaderCells.kinds.contains(where: { bare.hasPrefix($0) }) {
                documentKind = documentKind ?? word.trimming(":,")
                endName()
            } else if HeaderCells.dateLabels.contains(bare), index + 1 < words.count, let date = SwedishDate.iso(words[index + 1].trimming(",")) {
                reportDate = reportDate ?? date
                index += 1
                endName()
            } else if HeaderCells.numberLabels.contains(bare), index + 1 < words.count {
                diaryNumber = diaryNumber ?? words[index + 1].trimming(",;")
                index += 1
                endName()
            } else if ["telefon", "tfn", "tel"].contains(bare) {
                // The number runs until the next label or a word with letters.
                var digits: [String] = []
                while index + 1 < words.count, words[index + 1].contains(where: \.isNumber) || ["–", "-"].contains(words[index + 1]) {
                    digits.append(words[index + 1])
                    index += 1
                }
                if phone == nil, !digits.isEmpty { phone = digits.joined(separator: " ").trimming(",") }
                endName()
            } else if index + 1 < words.count, SwedishDate.iso(words[index + 1]) != nil {
                // "Byggnadsnämnden 2022-12-13", "Presidiet 2025-02-28": a body and the day it meets.
                if bare.hasSuffix("nämnden") || bare.hasSuffix("styrelse") || bare.hasSuffix("styrelsen") { meetingDate = meetingDate ?? words[index + 1] }
                index += 1
                endName()
            } else if HeaderCells.otherLabels.contains(bare) || word.contains("@") || word.contains(where: \.isNumber) {
                endName()
            } else if HeaderCells.isTitleWord(word) {
                // "Miljösamordnare Cecilia Tammgren": a title before or after a name is no part of it.
                endName()
            } else if HeaderCells.isNameWord(word) {
                // "Jörgen Johansson/Trafikkontoret/GBGStad": the name before the first slash.
                let cut = word.split(separator: "/", maxSplits: 1).first.map(String.init) ?? word
                names[names.count - 1].append(cut.trimming(",;"))
                if word.contains("/") || word.hasSuffix(",") || word.hasSuffix(";") { endName() }
            } else {
                endName()
            }
            index += 1
        }
        var officers: [String] = []
        for run in names where !run.isEmpty {
            if run.count == 1 {
                // One word alone is a unit or a title, not a person: "Myndighetsavdelningen", "Enhetschef".
                if department == nil, run[0].lowercased().hasSuffix("avdelningen") { department = run[0] }
                continue
            }
            officers.append(run.joined(separator: " "))
        }
        officer = officers.isEmpty ? nil : officers.joined(separator: ", ")
    }

    /// A word naming a post, not a person: "Förvaltningsdirektör", "Avdelningschef", "Chief Digital Officer", "VD".
    static func isTitleWord(_ word: String) -> Bool {
        let lowered = word.lowercased().trimming(",;")
        return ["direktör", "chef", "controller", "ledare", "samordnare", "handläggare", "sekreterare", "ansvarig", "strateg", "utredare", "jurist",
                "officer", "chief", "vd"].contains { lowered.hasSuffix($0) }
    }

    /// A word a person's name is made of: capitalised letters (hyphens allowed), not in capitals throughout.
    static func isNameWord(_ word: String) -> Bool {
        let bare = word.trimming(",;")
        guard let first = bare.first, first.isUppercase, bare.count >= 2 else { return false }
        let head = bare.split(separator: "/").first.map(String.init) ?? bare
        guard head.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
        return !head.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
}
