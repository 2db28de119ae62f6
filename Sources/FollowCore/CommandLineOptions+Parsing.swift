import DisplayFilter
import FollowOutput

/// Reading the command line with tshark 4.0.17's rules: its getopt (``GetoptScanner``), its checks
/// while reading each option, and its checks after the last one.
extension CommandLineOptions {
    /// Parses swfollow's arguments (without the program name).
    ///
    /// Options are read left to right and the first error stops the parse, as in tshark: each
    /// option's value is checked when the option is read (`-c`, `-o`, `-z`, `-N`, `-T`, `-H`, `-E`),
    /// and `-h`, `-v` and `-z help` end the parse at once. After the options, in tshark's order:
    /// `-e`/`-T` agreement, operands used as a display filter with `-r` (an error next to `-Y`)
    /// or as the capture filter without it (an error next to `-f`), `-R` without `-2`, the `-e`
    /// field names, and finally neither `-r` nor `-i` (swfollow does not pick an interface).
    ///
    /// - Parameter hostsFileCheck: whether a `-H` file is acceptable (replaceable in tests).
    /// - Throws: ``CommandLineError`` with tshark's text and exit status.
    package static func parse(
        _ arguments: [String],
        hostsFileCheck: (String) -> Bool = HostsFileProbe.hasEntries
    ) throws(CommandLineError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var scanner = GetoptScanner<OptionTable>(arguments)
        while let option = try scanner.next() {
            guard let action = option.entry.action else { throw .unsupportedOption(option.spelling) }
            try options.apply(action, option.argument ?? "", hostsFileCheck: hostsFileCheck)
            if options.action != .run { return options }
        }
        try options.finish(operands: scanner.operands)
        return options
    }

    /// Records one option, checking its value as tshark does when it reads it.
    private mutating func apply(
        _ action: OptionTable.Action,
        _ argument: String,
        hostsFileCheck: (String) -> Bool
    ) throws(CommandLineError) {
        switch action {
        case .twoPass: twoPass = true
        case .packetCount: packetCount = try PacketCount.parse(argument)
        case .field: fields.append(argument)
        case .fieldOption:
            do {
                try fieldOutput.apply(argument)
            } catch {
                throw CommandLineError(error.message)
            }
        case .help: self.action = .showHelp
        case .hostsFile:
            guard hostsFileCheck(argument) else { throw .unreadableHostsFile(argument) }
            hostsFiles.append(argument)
        case .noNameResolution:
            disablesNameResolution = true
            resolvesMACNames = false
        case .nameResolution:
            try NameResolutionFlags.validate(argument)
            resolvesMACNames = argument.contains("m")
            nameResolutionFlags += argument
        case .preference: preferences.append(try PreferenceOverride.parse(argument))
        case .quiet: quiet = true
        case .readFile: readFiles.append(argument)
        case .readFilter: readFilter = argument
        case .outputFormat:
            guard outputFormat == nil else { throw .multipleOutputFormats }
            outputFormat = try OutputFormat.parse(argument)
        case .version: self.action = .showVersion
        case .displayFilter: displayFilter = argument
        case .statistic: try addStatistic(argument)
        case .interface: interface = argument
        case .captureFilter: capture.filter = argument
        case .snapshotLength: capture.snapshotLength = try CaptureArguments.snapshotLength(argument)
        case .noPromiscuous: capture.promiscuous = false
        case .bufferSize: capture.bufferMiB = try CaptureArguments.bufferSize(argument)
        case .autostop: try CaptureArguments.applyAutostop(argument, to: &capture)
        case .writeFile: capture.writePath = argument
        case .listInterfaces: self.action = .listInterfaces
        case .live: live = true
        case .streamsFilter: streamsFilter = argument
        case .streamsMode:
            guard let mode = FollowMode(rawValue: argument) else { throw .invalidStreamsMode(argument) }
            streamsMode = mode
        }
    }

    /// `-z help` lists the statistics; any other name must be one tshark and swfollow both know.
    private mutating func addStatistic(_ argument: String) throws(CommandLineError) {
        if argument == "help" {
            action = .listStatistics
            return
        }
        guard let statistic = StatisticArgument(argument) else { throw .invalidStatistic(argument) }
        statistics.append(statistic)
    }

    /// tshark's checks after the last option, in its order.
    private mutating func finish(operands: [String]) throws(CommandLineError) {
        if !fields.isEmpty, !(outputFormat?.allowsFields ?? false) { throw .fieldsWithoutFieldFormat }
        if outputFormat == .fields, fields.isEmpty { throw .fieldFormatWithoutFields }
        // With -r, the operands are a display filter; live, they are the capture filter.
        if !readFiles.isEmpty, !operands.isEmpty {
            guard displayFilter == nil else { throw .displayFilterTwice }
            displayFilter = operands.joined(separator: " ")
        } else if !operands.isEmpty {
            guard capture.filter == nil else { throw .captureFilterTwice }
            capture.filter = operands.joined(separator: " ")
        }
        if readFilter != nil, !twoPass { throw .readFilterWithoutTwoPass }
        if streamsMode != nil, streamsFilter == nil { throw .modeWithoutStreams }
        if !fields.isEmpty {
            do {
                fieldColumns = try FieldColumns(names: fields, options: fieldOutput, resolvesMACNames: resolvesMACNames)
            } catch {
                throw CommandLineError(error.message)
            }
        }
        if readFiles.isEmpty, interface == nil { throw .noCaptureSource }
        if !readFiles.isEmpty, capture.writePath != nil { throw .writeWithoutCapture }
    }
}
