/// Splits a command line as `bash` would for the simple forms tshark's recorded invocations use:
/// words separated by spaces, backslash escapes, single and double quotes, and `< FILE`.
struct ShellCommand: Equatable {
    var words: [String] = []
    var standardInput: String?

    init(parsing line: String) {
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        var redirectNext = false
        func endWord() {
            guard inWord else { return }
            if redirectNext {
                standardInput = current
                redirectNext = false
            } else if current == "<" {
                redirectNext = true
            } else {
                words.append(current)
            }
            current = ""
            inWord = false
        }
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                endWord()
            } else {
                current.append(character)
                inWord = true
            }
        }
        endWord()
    }
}
