import DocketModel

/// A store whose text tries every trick: Swedish letters, CJK and emoji of
/// width 2, and titles with terminal escape sequences that must stay inert.
enum HostileContent {
    static let titles = [
        "Ärende om åäö och ÅÄÖ – särskilt yttrande",
        "会议议程：中文标题与日本語のテキスト",
        "Emoji 👩‍👩‍👧 familj, ❤️ hjärta, 🇸🇪 flagga, e\u{301} kombinerad",
        "Titel \u{1B}]0;x\u{07} med OSC 0",
        "Urklipp \u{1B}]52;c;aGVsbG8=\u{07} kopierat",
        "\u{1B}[2J Rensa skärmen",
        "Ensam\rvagnretur",
        "\u{202E}omvänd text",
    ]

    static let store: StoreContents = {
        let demo = Fixtures.demo
        var matters: [String: Matter] = [:]
        var agenda: [AgendaItem] = []
        for (index, title) in titles.enumerated() {
            let id = "fall-\(index + 1)"
            matters[id] = Matter(
                id: id, diaryNumber: "T-\(index + 1)", title: title, kind: .decision,
                documents: [MatterDocument(id: "rapport", kind: .report, title: "Tjänsteutlåtande", date: "2026-11-01",
                                           sections: [DocumentSection(heading: title, paragraphs: [title + " " + title])])],
                proposals: [DecisionProposal(id: "forslag", proposer: Proposer(kind: .administration, name: title),
                                             clauses: ["att " + title])])
            agenda.append(AgendaItem(id: id, number: index + 1, section: "prov", matter: id, proposals: ["forslag"]))
        }
        let meeting = Meeting(id: "2026-12-01", date: "2026-12-01", time: "09:00", place: "Rum 会議 \u{1B}[31mröd",
                              sections: [AgendaSection(id: "prov", title: "Prov \u{1B}[5m åäö")], agenda: agenda)
        return StoreContents(manifest: demo.manifest, committee: demo.committee, matters: matters, meetings: [meeting])
    }()
}
