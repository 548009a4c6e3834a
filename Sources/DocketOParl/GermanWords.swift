import DocketModel

extension OParlExport.Words {
    /// The words German councils' data uses, which the importer reads (`OParlVocabulary`): a store imported
    /// from a German council is exported in them again, so that its own system reads its data back.
    public static let german = OParlExport.Words(
        language: "de",
        roles: [.chair: "Vorsitzender", .viceChair: "Stellvertretender Vorsitzender", .member: "Mitglied",
                .substitute: "Stellvertretendes Mitglied", .clerk: "Schriftführer"],
        kinds: [.decision: "Beschlussvorlage", .motionResponse: "Antwort auf Antrag", .consultationResponse: "Stellungnahme",
                .information: "Mitteilungsvorlage", .appointment: "Wahlvorlage", .other: "Sonstige Vorlage"],
        categories: [.accordingToProposal: "beschlossen", .amended: "geändert beschlossen", .rejected: "abgelehnt", .tabled: "vertagt",
                     .referredBack: "zurückverwiesen", .noted: "zur Kenntnis genommen", .referred: "verwiesen"],
        consultationRoles: [.decision: "Entscheidung", .consideration: "Vorberatung", .information: "Kenntnisnahme"],
        meetingName: { committee, date in
            let parts = date.split(separator: "-")
            return parts.count == 3 ? "\(committee), Sitzung am \(parts[2]).\(parts[1]).\(parts[0])" : "\(committee), Sitzung am \(date)"
        })
}
