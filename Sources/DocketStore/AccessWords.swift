import DocketModel

/// What `docket access` says of each path — who writes it, what is wrong, what `--apply` did — in the person's language.
struct AccessWords: Sendable {
    let clerk: String
    let chair: String
    let chairOn: @Sendable (String) -> String
    let member: String
    let nobodyHasRole: @Sendable (String) -> String
    let noAccount: @Sendable (String) -> String
    let noLogin: String
    let nobodyToOwn: @Sendable (_ writer: String, _ reason: String) -> String
    let addLogin: String
    let missing: String
    let symbolicLink: String
    let ownedBy: @Sendable (_ actual: String, _ wanted: String) -> String
    let group: @Sendable (_ actual: String, _ wanted: String) -> String
    let mode: @Sendable (_ actual: String, _ wanted: String) -> String
    let setAside: @Sendable (_ path: String, _ maker: String, _ aside: String) -> String
    let linkSetAside: @Sendable (_ path: String, _ maker: String, _ aside: String) -> String
    let made: String

    static func `for`(_ language: InterfaceLanguage) -> AccessWords {
        language == .swedish ? .swedish : .english
    }

    static let english = AccessWords(
        clerk: "the clerk", chair: "the chair", chairOn: { "the chair on \($0)" }, member: "the member",
        nobodyHasRole: { "\($0) (nobody has that role)" },
        noAccount: { "the login \"\($0)\" is no account on this system" }, noLogin: "no login in committee.json",
        nobodyToOwn: { writer, reason in "nobody to own it: \(writer) has \(reason)" },
        addLogin: "add the login to committee.json and the account to the system",
        missing: "missing: --apply makes it, so that nobody else can make it first",
        symbolicLink: "a symbolic link, not used: --apply moves it aside",
        ownedBy: { "owned by \($0), not \($1)" }, group: { "group \($0), not \($1)" }, mode: { "mode \($0), not \($1)" },
        setAside: { path, maker, aside in "\(path): made by the account \(maker), who may not write it: moved aside to \(aside), and not used" },
        linkSetAside: { path, maker, aside in "\(path): a symbolic link made by the account \(maker): moved aside to \(aside), and not used" },
        made: "made")

    static let swedish = AccessWords(
        clerk: "sekreteraren", chair: "ordföranden", chairOn: { "ordföranden den \($0)" }, member: "ledamoten",
        nobodyHasRole: { "\($0) (ingen har det uppdraget)" },
        noAccount: { "inloggningen \"\($0)\", som inte är något konto på den här datorn" }, noLogin: "ingen inloggning i committee.json",
        nobodyToOwn: { writer, reason in "ingen kan äga den: \(writer) har \(reason)" },
        addLogin: "för in inloggningen i committee.json och kontot på datorn",
        missing: "saknas: --apply skapar den, så att ingen annan kan skapa den först",
        symbolicLink: "en symbolisk länk, används inte: --apply flyttar undan den",
        ownedBy: { "ägs av \($0), inte \($1)" }, group: { "grupp \($0), inte \($1)" }, mode: { "rättigheter \($0), inte \($1)" },
        setAside: { path, maker, aside in "\(path): skapad av kontot \(maker), som inte får skriva den: flyttad undan till \(aside), och används inte" },
        linkSetAside: { path, maker, aside in "\(path): en symbolisk länk skapad av kontot \(maker): flyttad undan till \(aside), och används inte" },
        made: "skapad")
}
