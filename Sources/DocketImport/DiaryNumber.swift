/// Diary numbers (diarienummer) in the forms Swedish municipalities use:
/// 118-520/2003, KSN-2015-1345, SLK-2023-01047, KS 2018/124, 0263/19, 1.5.1-135-2012.
enum DiaryNumber {
    /// The labels a header puts before one.
    static let labels = ["dnr", "diarienummer", "diarienr", "vår beteckning", "ärendenummer", "beteckning"]

    /// The number on a header line: after one of the labels, or the whole line when it has a number's shape.
    static func onLine(_ line: String) -> String? {
        let lowered = line.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            let rest = line.dropFirst(label.count).trimmingPrefix(while: { $0 == ":" || $0 == "." || $0 == " " })
            let value = String(rest).trimming(" ")
            return value.isEmpty ? nil : value
        }
        return hasShape(line) ? line : nil
    }

    /// Without a label, only the common shapes count: digits and letters joined by - / . and one space.
    static func hasShape(_ text: String) -> Bool {
        let groups = text.split(whereSeparator: { "-/. ".contains($0) })
        guard groups.count >= 2, groups.count <= 5, text.count <= 30, text.filter({ $0 == " " }).count <= 1,
              groups.contains(where: { $0.allSatisfy(\.isNumber) && $0.count >= 2 }),
              groups.allSatisfy({ group in
                  // Digits, capitals, or capitals run into digits ("FS2023").
                  let letters = group.prefix { $0.isUppercase }
                  return group.allSatisfy { $0.isNumber } || (letters.count <= 5 && !letters.isEmpty && group.dropFirst(letters.count).allSatisfy(\.isNumber))
              })
        else { return false }
        // A date is not a diary number, nor a body's short name and its meeting's date ("GFN 2001-08-21").
        return SwedishDate.iso(text) == nil && SwedishDate.iso(String(text.split(separator: " ").last ?? "")) == nil
    }
}
