import DocketCore
import DocketModel

/// A key named by what it does where it is pressed, so a test reads as a
/// story: `.recordMenu, .vote, .pick(1), .pick(1), .ja, .nej`. Commands are
/// looked up in the standard keymap, so a test follows the keys as they are.
enum Step {
    case command(Command, in: KeyContext)
    /// A picker's row by its number.
    case pick(Int)
    /// Text on the typing line.
    case type(String)
    case enter, escape

    // The clerk's record of an item.
    static let recordMenu = Step.command(.recordMenu, in: .item)
    static let agendaProposal = Step.command(.record(.agendaProposal), in: .recordMenu)
    static let memberProposal = Step.command(.record(.memberProposal), in: .recordMenu)
    static let vote = Step.command(.record(.vote), in: .recordMenu)
    static let recusal = Step.command(.record(.members(.recused)), in: .recordMenu)
    static let proposition = Step.command(.record(.proposition), in: .recordMenu)
    static let decision = Step.command(.record(.decision), in: .recordMenu)
    static let decisionInEditor = Step.command(.record(.decisionInEditor), in: .recordMenu)
    static let reservation = Step.command(.record(.reservation), in: .recordMenu)
    static let minuteNote = Step.command(.record(.statement(.minuteNote)), in: .recordMenu)
    static let specialStatement = Step.command(.record(.statement(.special)), in: .recordMenu)
    static let substituteStatement = Step.command(.record(.statement(.substitute)), in: .recordMenu)
    static let counterProposal = Step.command(.record(.counterProposal), in: .recordMenu)
    static func lines(_ list: TextList) -> Step { .command(.record(.lines(list)), in: .recordMenu) }
    static let checkedAtOnce = Step.command(.record(.checkedAtOnce), in: .recordMenu)
    static let chairMoves = Step.command(.record(.chairMoves), in: .recordMenu)
    static let presenter = Step.command(.record(.presenter), in: .recordMenu)
    static let clearLine = Step.command(.edit(.clear), in: .prompt)
    static let withdraw = Step.command(.record(.withdraw), in: .recordMenu)
    static let remove = Step.command(.record(.remove), in: .recordMenu)
    /// The kind of a typed proposal, in its menu step.
    static func kind(_ kind: PutProposal.Kind) -> Step { .command(.record(.kind(kind)), in: .putKindMenu) }
    /// The decision's category, in its menu step.
    static func decide(_ category: Decision.Category) -> Step { .command(.record(.decide(category)), in: .decisionMenu) }
    // Pickers and questions.
    static let adopt = Step.command(.record(.adopt), in: .recordMenu)
    static let nextItem = Step.command(.nextItem, in: .item)
    static let mark = Step.command(.picker(.mark), in: .picker)
    static let down = Step.command(.picker(.down), in: .picker)
    static let yes = Step.command(.confirmYes, in: .confirm)
    static let no = Step.command(.confirmNo, in: .confirm)
    // The roll call.
    static let ja = Step.command(.rollCall(.answer(.yes)), in: .vote)
    static let nej = Step.command(.rollCall(.answer(.no)), in: .vote)
    static let avstår = Step.command(.rollCall(.answer(.abstain)), in: .vote)
    static let undo = Step.command(.rollCall(.undo), in: .vote)

    /// Answers in roll-call order: "j" ja, "n" nej, "a" avstår.
    static func answers(_ text: String) -> [Step] {
        text.map { $0 == "j" ? .ja : $0 == "n" ? .nej : .avstår }
    }

    var keys: [Key] {
        switch self {
        case .command(let command, let context):
            guard let binding = Keymap.standard.bindings.first(where: { $0.command == command && $0.context == context }),
                  let key = binding.keys.first else { preconditionFailure("no key for \(command) in \(context)") }
            return [key]
        case .pick(let number): return [.character(Character(String(number)))]
        case .type(let text): return text.map { .character($0) }
        case .enter: return [.enter]
        case .escape: return [.escape]
        }
    }
}

extension Step {
    /// The keys a person presses for these steps, not counting text typed.
    static func keyCount(_ steps: [Step]) -> Int {
        steps.reduce(0) { count, step in
            if case .type = step { return count }
            return count + step.keys.count
        }
    }
}

extension Fixtures {
    /// The steps' keys, sent in order.
    static func play(_ steps: [Step], to state: AppState) -> (AppState, [Effect]) {
        send(steps.flatMap(\.keys), to: state)
    }
}
