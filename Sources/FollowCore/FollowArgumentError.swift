/// Why a `-z follow,…` argument was rejected, with tshark 4.0.17's exact wording (FOLLOW-RULES R1.6).
///
/// tshark prints `tshark: follow - <reason>` and a newline on stderr and exits with status 1; swfollow
/// prints the same with its own program name. ``message`` is that text without the program name.
package enum FollowArgumentError: Error, Hashable, Sendable {
    /// The argument names another follow protocol (`follow,tls,…`): swfollow follows TCP and UDP.
    case unsupportedProtocol(argument: String)
    /// `Invalid display mode.`
    case invalidDisplayMode
    /// `Invalid address.`
    case invalidAddress
    /// `Invalid port.`
    case invalidPort
    /// `Can't get IPv4 address` (no trailing period, as in tshark).
    case invalidIPv4Address
    /// `Can't get IPv6 address`
    case invalidIPv6Address
    /// `Mismatched IP address types.`
    case mismatchedAddressTypes
    /// `Invalid range.`
    case invalidRange
    /// `Invalid range value.`
    case invalidRangeValue
    /// `Invalid parameter.`
    case invalidParameter
    /// `Error registering tap listener.` (a stream index that is negative as a 32-bit value).
    case tapListenerRegistration

    /// The exit status tshark uses for every follow argument error.
    package var exitStatus: Int32 { 1 }

    /// The text after the program name: `follow - <reason>`.
    package var message: String { "follow - " + reason }

    /// tshark's sentence for this error (swfollow's own for ``unsupportedProtocol(argument:)``).
    package var reason: String {
        switch self {
        case .unsupportedProtocol(let argument): "swfollow supports only follow,tcp and follow,udp, not \"\(argument)\"."
        case .invalidDisplayMode: "Invalid display mode."
        case .invalidAddress: "Invalid address."
        case .invalidPort: "Invalid port."
        case .invalidIPv4Address: "Can't get IPv4 address"
        case .invalidIPv6Address: "Can't get IPv6 address"
        case .mismatchedAddressTypes: "Mismatched IP address types."
        case .invalidRange: "Invalid range."
        case .invalidRangeValue: "Invalid range value."
        case .invalidParameter: "Invalid parameter."
        case .tapListenerRegistration: "Error registering tap listener."
        }
    }
}
