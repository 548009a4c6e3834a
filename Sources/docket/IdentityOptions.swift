import ArgumentParser

/// `--as`, for every command that acts as a member.
struct IdentityOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: "Act as this member (an id from the store's committee.json). Default: $DOCKET_USER, else $USER matched to a member's login.")
    var member: String?
}
