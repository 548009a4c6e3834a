import DocketModel
import DocketText
import Foundation

/// Every matter of the archive by the words it holds: its title and diary number,
/// its documents, its proposals and the decisions recorded on it. Built once
/// from the store; a query reads the postings of its words, not the texts.
public struct ArchiveIndex: Sendable {
    /// A matter, and where it stood on the agendas.
    public struct Entry: Sendable, Equatable {
        public let matter: String
        /// Each meeting (by index) and agenda item (by index) it was on, latest first.
        public let appearances: [Appearance]
        /// The date of the latest meeting it was on: results are listed by it, latest first.
        let latest: String
    }

    public struct Appearance: Sendable, Equatable {
        public let meetingIndex: Int
        public let itemIndex: Int
    }

    public let entries: [Entry]
    /// Every word, sorted, so that the words a prefix begins are one range.
    let vocabulary: [String]
    /// For each word of the vocabulary, the entries holding it, ascending.
    let postings: [[Int32]]

    /// - Parameter query: for one search only (`docket search`): only the words it looks for are indexed,
    ///   which finds the same matters for it at a fraction of the cost; nil indexes every word.
    public init(store: StoreContents, for query: SearchQuery? = nil) {
        let wanted = query.map(ArchiveIndex.required)
        var appearances: [String: [Appearance]] = [:]
        for (meetingIndex, meeting) in store.meetings.enumerated() {
            for (itemIndex, item) in meeting.agenda.enumerated() {
                guard let matter = item.matter else { continue }
                appearances[matter, default: []].append(Appearance(meetingIndex: meetingIndex, itemIndex: itemIndex))
            }
        }
        let latestFirst = { (list: [Appearance]) in
            list.sorted { store.meetings[$0.meetingIndex].date > store.meetings[$1.meetingIndex].date }
        }
        entries = store.matters.keys.sorted().map { matter in
            let sorted = latestFirst(appearances[matter] ?? [])
            return Entry(matter: matter, appearances: sorted, latest: sorted.first.map { store.meetings[$0.meetingIndex].date } ?? "")
        }
        // Each core indexes a run of entries; the runs' postings, in order, join into ascending lists.
        let entries = self.entries
        let runs = max(1, min(ProcessInfo.processInfo.activeProcessorCount, entries.count / 64))
        let parts = ConcurrentSlots<[String: [Int32]]>(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            var words: [String: [Int32]] = [:]
            for index in stride(from: run * entries.count / runs, to: (run + 1) * entries.count / runs, by: 1) {
                let number = Int32(index)
                for place in ArchiveIndex.texts(of: entries[index], in: store) {
                    for word in SearchText.words(in: place.text) {
                        let token = SearchText.token(word)
                        if let wanted, !wanted.contains(where: { $0.asPrefix ? token.hasPrefix($0.word) : token == $0.word }) { continue }
                        if words[token]?.last != number { words[token, default: []].append(number) }
                    }
                }
            }
            parts.set(run, words)
        }
        var words = parts.value(at: 0) ?? [:]
        for run in 1..<runs {
            for (token, list) in parts.value(at: run) ?? [:] { words[token, default: []] += list }
        }
        vocabulary = words.keys.sorted()
        postings = vocabulary.map { words[$0]! }
    }

    /// Where in a matter a text stands, so a result opens the item at its place.
    public enum Place: Sendable, Equatable {
        case title, document, proposal, decision, note
    }

    /// A matter's texts in the order a result's snippet is looked for: title and diary number, documents, proposals, decisions.
    static func texts(of entry: Entry, in store: StoreContents) -> [(place: Place, text: String)] {
        guard let matter = store.matters[entry.matter] else { return [] }
        var texts: [(Place, String)] = [(.title, matter.title), (.title, matter.diaryNumber)]
        for document in matter.documents {
            texts.append((.document, document.title))
            texts += document.sections.flatMap { [$0.heading] + $0.paragraphs }.map { (.document, $0) }
        }
        texts += matter.proposals.flatMap(\.clauses).map { (.proposal, $0) }
        for appearance in entry.appearances {
            let meeting = store.meetings[appearance.meetingIndex]
            let item = meeting.agenda[appearance.itemIndex]
            texts += (store.records[meeting.id]?.record(of: item.id)?.decision?.clauses ?? []).map { (.decision, $0) }
        }
        return texts
    }

    /// The entries holding a word, or any word it begins.
    func entries(holding word: String, asPrefix: Bool) -> Set<Int32> {
        var low = 0, high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if vocabulary[middle] < word { low = middle + 1 } else { high = middle }
        }
        guard asPrefix else { return low < vocabulary.count && vocabulary[low] == word ? Set(postings[low]) : [] }
        var found = Set<Int32>()
        var index = low
        while index < vocabulary.count, vocabulary[index].hasPrefix(word) {
            found.formUnion(postings[index])
            index += 1
        }
        return found
    }

    /// The matters matching a query, latest meeting first, each with a snippet where it matched.
    /// `notes` are the person's own notes, searched as part of their matters.
    /// The most results a search returns: more than anyone reads, few enough to list at once.
    public static let resultLimit = 100

    /// The words a query requires, the last one as a prefix while it is being typed.
    static func required(by query: SearchQuery) -> [(word: String, asPrefix: Bool)] {
        query.words.enumerated().map { ($1, query.lastIsPrefix && $0 == query.words.count - 1 && query.phrases.isEmpty) }
            + query.phrases.flatMap { $0 }.map { ($0, false) }
    }

    public func search(_ query: SearchQuery, in store: StoreContents, notes: [Note] = [], limit: Int = ArchiveIndex.resultLimit) -> [SearchResult] {
        guard !query.isEmpty else { return [] }
        let required = ArchiveIndex.required(by: query)
        var candidates: Set<Int32>? = nil
        for (word, asPrefix) in required {
            let holding = entries(holding: word, asPrefix: asPrefix)
            candidates = candidates.map { $0.intersection(holding) } ?? holding
            if candidates?.isEmpty == true { break }
        }
        // A matter may match by the person's own notes too.
        let byID = Dictionary(entries.enumerated().map { ($1.matter, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        var noteMatches = Set<Int32>()
        if !required.isEmpty {
            for note in notes {
                let tokens = SearchQuery.tokens(in: note.text)
                let all = required.allSatisfy { word, asPrefix in tokens.contains { asPrefix ? $0.hasPrefix(word) : $0 == word } }
                if all, let index = byID[note.matter] { noteMatches.insert(index) }
            }
        }
        let matching = required.isEmpty ? Set(entries.indices.map(Int32.init)) : (candidates ?? []).union(noteMatches)
        // Latest first; only the results shown get their texts read again, for phrases and snippets.
        let ordered = matching.sorted { (entries[Int($0)].latest, $1) > (entries[Int($1)].latest, $0) }
        var results: [SearchResult] = []
        for index in ordered where results.count < limit {
            let entry = entries[Int(index)]
            guard let matter = store.matters[entry.matter], passes(query, matter: matter, entry: entry, store: store) else { continue }
            var texts = ArchiveIndex.texts(of: entry, in: store)
            texts += notes.filter { $0.matter == entry.matter }.map { (.note, $0.text) }
            guard query.phrases.allSatisfy({ phrase in texts.contains { SearchQuery.tokens(in: $0.text).contains(phrase: phrase) } }) else { continue }
            let (place, snippet) = ArchiveIndex.snippet(for: query, in: texts)
            results.append(SearchResult(matter: entry.matter, title: matter.title, diaryNumber: matter.diaryNumber, appearances: entry.appearances,
                                        place: place, snippet: snippet))
        }
        return results
    }

    private func passes(_ query: SearchQuery, matter: Matter, entry: Entry, store: StoreContents) -> Bool {
        if let diary = query.diaryNumber, !matter.diaryNumber.lowercased().contains(diary) { return false }
        if let kind = query.kind, matter.kind != kind { return false }
        if let year = query.year {
            let years = entry.appearances.map { store.meetings[$0.meetingIndex].date.prefix(4) }
            guard years.contains(where: { $0 == year }) || (entry.appearances.isEmpty && matter.diaryNumber.contains(year)) else { return false }
        }
        return true
    }

    /// The first text beyond the title holding what was searched for, cut to show the match near its start;
    /// for a match in the title alone, the start of the matter's text.
    static func snippet(for query: SearchQuery, in texts: [(place: Place, text: String)]) -> (Place, String) {
        let wanted = query.highlighted.map { SearchText.lowered($0) }
        for (place, text) in texts where place != .title {
            for word in wanted {
                guard let match = SearchText.firstMatch(of: word, in: text) else { continue }
                // Some forty characters before the match, from the start of a word.
                var start = text.index(match, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
                while start > text.startIndex, start < match, !text[text.index(before: start)].isWhitespace { start = text.index(after: start) }
                let excerpt = text[start...].prefix(200)
                return (place, (start > text.startIndex ? "…" : "") + excerpt)
            }
        }
        let body = texts.first { $0.place == .document && $0.text.count > 60 } ?? texts.first
        return (.title, String((body?.text ?? "").prefix(200)))
    }
}

/// One matter found: where it stood on the agendas and a snippet of where it matched.
public struct SearchResult: Sendable, Equatable {
    public let matter: String
    public let title: String
    public let diaryNumber: String
    public let appearances: [ArchiveIndex.Appearance]
    public let place: ArchiveIndex.Place
    public let snippet: String
}

extension Array where Element == String {
    /// Whether the words of a phrase stand here one after another.
    func contains(phrase: [String]) -> Bool {
        guard !phrase.isEmpty, count >= phrase.count else { return false }
        return (0...(count - phrase.count)).contains { start in Array(self[start..<start + phrase.count]) == phrase }
    }
}
