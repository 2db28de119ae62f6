/// A `-E` or `-e` error of `-T fields`, with tshark 4.0.17's text (exit status 1).
package struct FieldOutputError: Error, Hashable, Sendable {
    /// The text after `<program>: `, without a final newline (it may contain inner newlines).
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    /// A bad `-E` argument; `shown` is the argument up to the end of the option name. tshark
    /// follows the message with its list of `-E` options (written with a fixed `TShark:`).
    static func invalidOption(_ shown: String) -> Self {
        Self("\"\(shown)\" is not a valid field output option=value pair.\n" + optionList)
    }

    /// `-e` names tshark does not know, listed last first, one per line after a tab.
    static func invalidFields(_ names: [String]) -> Self {
        Self("Some fields aren't valid:" + names.reversed().map { "\n\t\($0)" }.joined())
    }

    /// swfollow's own: `-e` names tshark knows (or its `_ws.col.` columns) that swfollow does not
    /// compute, in the order given.
    static func uncomputedFields(_ names: [String]) -> Self {
        Self("Some fields are known to tshark but not computed by swfollow:" + names.map { "\n\t\($0)" }.joined())
    }

    /// swfollow's own: tshark's `eth` summary names vendors (`Cisco_12:34:56`) unless `-n`.
    static let ethernetNeedsVendorNames = Self(
        "-e eth prints MAC vendor names, which swfollow does not have; add -n to print addresses"
    )

    /// tshark's list of `-E` options (without the final newline).
    static let optionList = """
        TShark: The available options for field output "E" are:
        bom=y|n    Prepend output with the UTF-8 BOM (def: N: no)
        header=y|n    Print field abbreviations as first line of output (def: N: no)
        separator=/t|/s|<character>   Set the separator to use;
             "/t" = tab, "/s" = space (def: /t: tab)
        occurrence=f|l|a  Select the occurrence of a field to use;
             "f" = first, "l" = last, "a" = all (def: a: all)
        aggregator=,|/s|<character>   Set the aggregator to use;
             "," = comma, "/s" = space (def: ,: comma)
        quote=d|s|n   Print either d: double-quotes, s: single quotes or\u{20}
             n: no quotes around field values (def: n: none)
        """
}
