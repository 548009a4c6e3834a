import DocketModel

/// `C` on an item: the clerk corrects the matter's own fields (diary number, the report's date,
/// title, kind, officer, department, a proposal's clauses), typically after an
/// import left something wrong, and marks the import's warnings checked.
/// Each correction is written to the matter's file as it is on disk then.
public enum MatterField: Sendable, Equatable {
    case diaryNumber, title, kind, date, officer, department
    case clauses(proposal: String)
    case warningsChecked
}

extension AppState {
    /// The matter of the item on screen, for the clerk.
    private var matterOnScreen: (matter: Matter, meeting: Meeting)? {
        guard let item = openItem else { return nil }
        let meeting = store.meetings[item.meetingIndex]
        guard let id = meeting.agenda[item.itemIndex].matter, let matter = store.matters[id] else { return nil }
        return (matter, meeting)
    }

    /// For the clerk: the item's matter came from a report whose import left warnings not yet checked.
    public func hasImportWarnings(_ item: AgendaItem) -> Bool {
        guard identity.role == .clerk, let matter = item.matter.flatMap({ store.matters[$0] }) else { return false }
        return !(matter.imported?.openWarnings.isEmpty ?? true)
    }

    /// The list of the matter's fields, each with its value now.
    mutating func startCorrectingMatter() -> [Effect] {
        let words = strings.clerk.correction
        guard let (matter, meeting) = matterOnScreen else { status = words.noMatterHere; return [] }
        var rows = [
            Picker.Row(label: words.row(words.diaryNumber, matter.diaryNumber), value: .field(.diaryNumber)),
            Picker.Row(label: words.row(words.matterTitle, matter.title), value: .field(.title)),
            Picker.Row(label: words.row(words.kind, words.kinds[matter.kind] ?? matter.kind.rawValue), value: .field(.kind)),
        ]
        if let report = matter.report {
            rows.append(Picker.Row(label: words.row(words.reportDate, report.date ?? "–"), value: .field(.date)))
            rows.append(Picker.Row(label: words.row(words.officer, report.officer?.name ?? "–"), value: .field(.officer)))
            rows.append(Picker.Row(label: words.row(words.department, report.department ?? "–"), value: .field(.department)))
        }
        for proposal in matter.proposals {
            rows.append(Picker.Row(label: words.row(words.clauses(proposal.proposer.name), proposal.clauses.joined(separator: Prompt.clauseSeparator)),
                                   value: .field(.clauses(proposal: proposal.id))))
        }
        // A report the importer found no proposal in: the clerk types the administration's.
        if matter.proposals.isEmpty {
            let proposal = DecisionProposal.administrations([], of: matter, in: store.committee)
            rows.append(Picker.Row(label: words.row(words.clauses(proposal.proposer.name), "–"), value: .field(.clauses(proposal: proposal.id))))
        }
        if let open = matter.imported?.openWarnings, !open.isEmpty {
            rows.append(Picker.Row(label: words.checkWarnings(open.count), value: .field(.warningsChecked)))
        }
        picker = Picker(.matter(.field(matter: matter.id)), meeting: meeting.id, title: words.title(matter.diaryNumber), rows: rows)
        return []
    }

    /// A field chosen: its value on the typing line, the kinds in a list, or the warnings marked checked at once.
    mutating func takeForMatter(_ purpose: Picker.MatterPurpose, _ picked: Picker) -> [Effect] {
        switch (purpose, picked.chosen.first) {
        case (.field(let id), .field(let field)?):
            guard let matter = store.matters[id] else { return [] }
            switch field {
            case .kind:
                let words = strings.clerk.correction
                picker = Picker(.matter(.kind(matter: id)), meeting: picked.meeting, title: words.kind,
                                rows: MatterKind.allCases.map { Picker.Row(label: words.kinds[$0] ?? $0.rawValue, value: .kind($0)) })
                return []
            case .warningsChecked:
                status = strings.clerk.correction.warningsChecked
                return [.correctMatter(matter: id, .warningsChecked(on: today))]
            case .diaryNumber:
                prompt = Prompt(purpose: .matterField(matter: id, field), text: matter.diaryNumber)
            case .title:
                prompt = Prompt(purpose: .matterField(matter: id, field), text: matter.title)
            case .date:
                prompt = Prompt(purpose: .matterField(matter: id, field), text: matter.report?.date ?? "")
            case .officer:
                prompt = Prompt(purpose: .matterField(matter: id, field), text: matter.report?.officer?.name ?? "")
            case .department:
                prompt = Prompt(purpose: .matterField(matter: id, field), text: matter.report?.department ?? "")
            case .clauses(let proposal):
                prompt = Prompt(purpose: .matterField(matter: id, field),
                                text: (matter.proposal(id: proposal)?.clauses ?? []).joined(separator: Prompt.clauseSeparator))
            }
            return []
        case (.kind(let id), .kind(let kind)?):
            status = strings.clerk.correction.corrected
            return [.correctMatter(matter: id, .kind(kind))]
        default:
            return []
        }
    }

    /// Enter on the typing line: the field's new value. A diary number, a title and clauses cannot be empty.
    mutating func confirmMatterField(matter: String, _ field: MatterField, text: String) -> [Effect] {
        let typed = text.trimmingWhitespace
        let given = typed.isEmpty ? nil : typed
        let correction: MatterCorrection?
        switch field {
        case .diaryNumber: correction = given.map(MatterCorrection.diaryNumber)
        case .title: correction = given.map(MatterCorrection.title)
        case .clauses(let proposal):
            let clauses = typed.split(separator: "|").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            if clauses.isEmpty {
                correction = nil
            } else if let existing = store.matters[matter], existing.proposal(id: proposal) == nil {
                correction = .proposal(DecisionProposal.administrations(clauses, of: existing, in: store.committee))
            } else {
                correction = .clauses(proposal: proposal, clauses)
            }
        case .date:
            guard let given else { correction = nil; break }
            guard CalendarDate.isValid(given) else { status = strings.clerk.correction.badDate(given); return [] }
            correction = .reportDate(given)
        case .officer: correction = .officer(given)
        case .department: correction = .department(given)
        case .kind, .warningsChecked: return []
        }
        guard let correction else { status = strings.clerk.emptyNotSaved; return [] }
        status = strings.clerk.correction.corrected
        return [.correctMatter(matter: matter, correction)]
    }

    /// The matter as written, or why it was not: the screens show it at once.
    mutating func matterCorrected(_ matter: Matter?, failure: String?) {
        if let failure {
            status = strings.clerk.correction.notSaved(failure)
            return
        }
        guard let matter else { return }
        store.matters[matter.id] = matter
        archiveIndex = nil
        refreshScreens(for: .matters)
    }
}
