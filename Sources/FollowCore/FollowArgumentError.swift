/// Why a `-z follow,tcp,…` argument was refused, in tshark 4.0's words (FOLLOW-SPEC R1.6).
/// The command prints `follow - <message>` and exits with status 1.
package enum FollowArgumentError: Error, Equatable {
    case invalidMode
    case invalidAddress
    case invalidPort
    case badIPv4Address
    case badIPv6Address
    case mismatchedAddressTypes
    case invalidRange
    case invalidRangeValue
    case invalidParameter
    case tapListenerRegistration

    /// tshark's text.
    package var message: String {
        switch self {
        case .invalidMode: "Invalid display mode."
        case .invalidAddress: "Invalid address."
        case .invalidPort: "Invalid port."
        case .badIPv4Address: "Can't get IPv4 address"
        case .badIPv6Address: "Can't get IPv6 address"
        case .mismatchedAddressTypes: "Mismatched IP address types."
        case .invalidRange: "Invalid range."
        case .invalidRangeValue: "Invalid range value."
        case .invalidParameter: "Invalid parameter."
        case .tapListenerRegistration: "Error registering tap listener."
        }
    }
}
