extension CommandLineOptions {
    /// The version line (`-v`, `--version`).
    static let versionText = """
        swfollow 0.1.0: tshark-compatible "Follow TCP Stream" (output of TShark 4.0.17's -z follow,tcp)

        """

    /// The usage lines printed after a getopt error, like tshark's `Usage: tshark [options] ...`.
    static let usageSummary = """
        Usage: swfollow [options] -r FILE -z follow,tcp,MODE,FILTER[,RANGE] ...
        Run swfollow -h for the options.
        """

    /// `-h`, `--help`.
    static let helpText = """
        swfollow: print TCP streams exactly as `tshark -r FILE -q -z follow,tcp,...` does, faster.

        Usage: swfollow [options] -r FILE -z follow,tcp,MODE,FILTER[,RANGE] [-z ...]

          -r FILE        read this capture (pcap or pcapng, gzip-compressed or not; - reads stdin)
          -z follow,tcp,MODE,FILTER[,RANGE]
                         MODE: ascii, hex, raw, yaml or ebcdic
                         FILTER: a tcp.stream index, or ADDR:PORT,ADDR:PORT ([IPv6]:PORT)
                         RANGE: N or N-M, the records to print (1-based)
                         may be given several times; blocks print last -z first, as tshark does
          -q             accepted; swfollow never prints a packet list, with or without -q
          -c N           read only the first N frames
          -o PREF:VALUE  tcp.analyze_sequence_numbers, tcp.relative_sequence_numbers, ip.defragment
                         change the output; tcp.check_checksum, tcp.desegment_tcp_streams,
                         tcp.reassemble_out_of_order and a few others are accepted without effect
          -Y FILTER      accepted; like tshark, it does not change follow blocks
          -n, -N FLAGS, -H FILE
                         accepted; follow output never resolves names
          -h, --help     this text
          -v, --version  the version

        swfollow search -h (or grep -h): find regular expressions in the reassembled streams.

        Exit status: 0 success, 1 bad arguments, 2 unreadable or damaged capture (after printing
        everything read before the damage).

        """
}
