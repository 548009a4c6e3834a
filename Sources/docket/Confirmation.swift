import Foundation

/// A yes-or-no question before a step that cannot be taken back quietly (publishing what was confidential).
enum Confirmation {
    /// On a terminal, asks and reads the answer (no unless yes); elsewhere says why nothing happens and answers no.
    static func ask(_ question: String) -> Bool {
        let words = PreparationWords.current
        guard isatty(0) == 1 else {
            Console.error("docket: \(question): \(words.notPutWithoutAnswer)")
            return false
        }
        Console.output(question, terminator: "\n")
        Console.output(words.askPublic, terminator: "")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return answer.hasPrefix(words.yes)
    }
}
