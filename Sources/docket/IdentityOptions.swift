import ArgumentParser
import DocketModel

/// `--as` and `--lang`, for every command that acts as a member.
struct IdentityOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: "Act as this member (an id from the store's committee.json). Default: $DOCKET_USER, else $USER matched to a member's login.")
    var member: String?

    @Option(name: .customLong("lang"), help: "The language Docket speaks to you: sv or en. Default: $DOCKET_LANG, else your setting (docket language), else the committee's.")
    var language: InterfaceLanguage?
}

extension InterfaceLanguage: ExpressibleByArgument {}
