/// A strict RFC 8259 parser. Foundation's decoders accept trailing commas and a
/// byte order mark and report no position; this one rejects both, rejects
/// duplicate keys and lone surrogates, bounds nesting, and says where and why.
public struct JSONParser {
    /// Deep enough for any real store file, shallow enough that hostile nesting
    /// cannot exhaust the stack.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw fail("the file starts with a byte order mark (BOM); save it as UTF-8 without a BOM")
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw fail("the file is UTF-16; save it as UTF-8")
        }
        skipWhitespace()
        if position == bytes.count {
            throw fail(bytes.isEmpty ? "the file is empty; expected a JSON value" : "the file holds only white space; expected a JSON value")
        }
        let value = try parseValue()
        skipWhitespace()
        if position < bytes.count {
            throw fail("\(describeHere()) after the end of the JSON value; a file holds exactly one value")
        }
        return value
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else {
            throw fail("the file ends too early: expected a value")
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "'"): throw fail("text must be in double quotes (\"), not single quotes")
        default: throw fail("expected a value (text in quotes, a number, true, false, null, [ or {), found \(describeHere())")
        }
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw fail("lists and objects are nested more than \(JSONParser.maximumDepth) levels deep")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterNesting()
        position += 1
        var members = JSONObject()
        skipWhitespace()
        if try peek(expecting: "a key in quotes or }") == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyStart = position
            let next = try peek(expecting: "a key in quotes")
            guard next == UInt8(ascii: "\"") else {
                if next == UInt8(ascii: "}") { throw fail("a comma before } is not allowed (trailing comma)") }
                throw fail("expected a key in double quotes, found \(describeHere())")
            }
            let key = try parseString()
            skipWhitespace()
            guard try peek(expecting: ": after the key") == UInt8(ascii: ":") else {
                throw fail("expected : after the key \"\(JSONValue.excerpt(key))\", found \(describeHere())")
            }
            position += 1
            skipWhitespace()
            guard members.insertNew(key, try parseValue()) else {
                throw fail("the key \"\(JSONValue.excerpt(key))\" appears twice in this object", at: keyStart)
            }
            skipWhitespace()
            let separator = try peek(expecting: ", or } after the value of \"\(JSONValue.excerpt(key))\"")
            position += 1
            if separator == UInt8(ascii: "}") { break }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw fail("expected , or } after the value of \"\(JSONValue.excerpt(key))\", found \(describeHere())")
            }
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterNesting()
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if try peek(expecting: "a value or ]") == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            if try peek(expecting: "a value") == UInt8(ascii: "]") {
                throw fail("a comma before ] is not allowed (trailing comma)")
            }
            items.append(try parseValue())
            skipWhitespace()
            let separator = try peek(expecting: ", or ] after a list element")
            position += 1
            if separator == UInt8(ascii: "]") { break }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw fail("expected , or ] after a list element, found \(describeHere())")
            }
        }
        depth -= 1
        return .array(items)
    }

    private mutating func parseLiteral(_ word: String) throws(JSONSyntaxError) {
        let start = position
        for byte in word.utf8 {
            guard position < bytes.count, bytes[position] == byte else {
                throw fail(position == bytes.count
                    ? "the file ends too early inside \(word)"
                    : "expected \(word), found \(describeHere())", at: position == bytes.count ? position : start)
            }
            position += 1
        }
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            throw fail(position == bytes.count ? "the file ends inside a number" : "expected a digit after -, found \(describeHere())")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw fail("a number may not start with 0 followed by more digits", at: start)
            }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw fail("expected a digit after the decimal point, found \(describeHere())")
            }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw fail("expected a digit in the exponent, found \(describeHere())")
            }
            skipDigits()
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let opening = position
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        while true {
            guard position < bytes.count else {
                throw fail("the text that starts here is never closed with \"; the file ends inside it", at: opening)
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let run = String(decoding: bytes[runStart..<position], as: UTF8.self)
                position += 1
                // Most strings have no escapes: no scalar-by-scalar copy then.
                if scalars.isEmpty { return run }
                scalars.append(contentsOf: run.unicodeScalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: String(decoding: bytes[runStart..<position], as: UTF8.self).unicodeScalars)
                scalars.append(try parseEscape())
                runStart = position
            case 0..<0x20:
                throw fail("a control character (U+\(hex4(UInt32(byte)))) inside text must be written as an escape such as \\n or \\u\(hex4(UInt32(byte)))")
            case 0x20..<0x80:
                position += 1
            default:
                position += try utf8SequenceLength()
            }
        }
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard position < bytes.count else { throw fail("the file ends inside an escape sequence", at: start) }
        let code = bytes[position]
        position += 1
        switch code {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4(escapeStart: start)
            if (0xDC00...0xDFFF).contains(first) {
                throw fail("\\u\(hex4(first)) is the second half of a surrogate pair without the first half", at: start)
            }
            guard (0xD800...0xDBFF).contains(first) else {
                return Unicode.Scalar(first)!
            }
            let secondStart = position
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw fail("\\u\(hex4(first)) is the first half of a surrogate pair without the second half", at: start)
            }
            position += 2
            let second = try parseHex4(escapeStart: secondStart)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw fail("\\u\(hex4(first)) is the first half of a surrogate pair without the second half", at: start)
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        default:
            position -= 1
            throw fail("\\\(describeHere()) is not a valid escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX", at: start)
        }
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw fail("the file ends inside a \\u escape", at: escapeStart) }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("a \\u escape needs four hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// The length of the well-formed UTF-8 sequence at `position` (Unicode table 3-7),
    /// rejecting overlong forms, encoded surrogates and values past U+10FFFF.
    private func utf8SequenceLength() throws(JSONSyntaxError) -> Int {
        let lead = bytes[position]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw invalidUTF8()
        }
        guard position + length <= bytes.count else { throw invalidUTF8() }
        guard secondRange.contains(bytes[position + 1]) else { throw invalidUTF8() }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[position + offset]) {
            throw invalidUTF8()
        }
        return length
    }

    private func invalidUTF8() -> JSONSyntaxError {
        let shown = bytes[position..<min(position + 4, bytes.count)].map { "0x" + hex2($0) }.joined(separator: " ")
        return fail("bytes that are not valid UTF-8 (\(shown)); the file must be saved as UTF-8")
    }

    // MARK: Helpers

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// `expected` is worded only when the file ends, not for every value read.
    private func peek(expecting expected: @autoclosure () -> String) throws(JSONSyntaxError) -> UInt8 {
        guard position < bytes.count else { throw fail("the file ends too early: expected \(expected())") }
        return bytes[position]
    }

    /// What stands at `position`, for a message: a printable character in quotes,
    /// or the byte's value when it would not print.
    private func describeHere() -> String {
        guard position < bytes.count else { return "the end of the file" }
        let byte = bytes[position]
        if byte > 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80, let length = try? utf8SequenceLength() {
            let scalar = String(decoding: bytes[position..<position + length], as: UTF8.self).unicodeScalars.first!
            switch scalar.properties.generalCategory {
            case .control, .format, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
                return "the character U+\(hex4(scalar.value))"
            default:
                return "'\(scalar)' (U+\(hex4(scalar.value)))"
            }
        }
        return "the byte 0x\(hex2(byte))"
    }

    private func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(bytes: bytes, offset: offset ?? position, message: message)
    }
}

private func hex2(_ byte: UInt8) -> String {
    let text = String(byte, radix: 16, uppercase: true)
    return byte < 0x10 ? "0" + text : text
}

private func hex4(_ value: UInt32) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
