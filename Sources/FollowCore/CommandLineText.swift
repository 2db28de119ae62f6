/// swfollow's own help, version and `-z help` texts (tshark's are not reproduced: they describe
/// options swfollow does not have).
package enum CommandLineText {
    /// The version line printed by `-v`/`--version` (on stdout, exit 0).
    package static let version = """
        swfollow 0.1.0
        Reproduces the `-z follow,tcp` and `-z follow,udp` output of TShark (Wireshark) 4.0.17
        byte for byte.

        """

    /// The text printed by `-h`/`--help` (on stdout, exit 0).
    package static let help = """
        swfollow 0.1.0
        Follow TCP and UDP streams in a capture file or captured live, as
        `tshark -r FILE -q -z follow,tcp,...` and `-z follow,udp,...` do.

        """ + usage

    /// The usage text, also printed on stderr after an empty line when an option is wrong.
    package static let usage = """
        Usage: swfollow [options] ... [display filter]

        Options are read exactly as tshark 4.0.17 reads them (clusters such as -qz, attached
        values such as -rFILE, -- to end the options). Other tshark options are refused.

        Input:
          -r <infile>              read packets from this capture file (pcap, pcapng, gzip);
                                   "-" reads standard input. -r or -i is required.
                                   Given more than once, or as a quoted glob ('ring_*.pcapng'),
                                   the files are one capture, as mergecap merges them.
          -c <packet count>        stop after this many packets
          -2                       two passes (needed for -R)
          -R <read filter>         with -2: frames the filter rejects are invisible to
                                   everything after it; the others are renumbered
          -Y <display filter>      selects the -T fields lines; as in tshark it does not
                                   change what follow or conv sees

        Live capture (root, or CAP_NET_RAW and CAP_NET_ADMIN; blocks print when it stops):
          -i <interface>           capture on this interface: a name, a -D number, or any
          -f <capture filter>      libpcap's filter (also the operands after the options)
          -s <snaplen>             bytes kept of each packet (default and 0: 262144)
          -p                       not in promiscuous mode
          -B <buffer size>         kernel buffer in MiB (default 2)
          -a duration:N|packets:N|filesize:KB
                                   stop after N seconds, N packets or KB thousand bytes
          -w <outfile>             save the captured packets as pcapng
          -D                       list the interfaces and exit
          --live                   swfollow's own: print the last -z's follow block (or the
                                   -T fields lines) record by record as the capture runs
                                   SIGINT and SIGTERM stop the capture; the output follows

        Follow:
          -z follow,tcp,<mode>,<filter>[,<range>]
                                   print the TCP stream chosen by <filter>; may be repeated
                                   <mode>: hex, ascii, ebcdic, raw or yaml
                                   <filter>: a tcp.stream index, or ADDR:PORT,ADDR:PORT
                                   ([ADDR]:PORT for IPv6)
                                   <range>: N or N-M, the records (chunks) to print
          -z follow,udp,<mode>,<filter>[,<range>]
                                   the same for a UDP stream (udp.stream index, or
                                   ADDR:PORT,ADDR:PORT): one record per datagram
          -z conv,tcp[,<filter>]   print tshark's TCP conversation table
          --streams <filter>       swfollow's own: follow every TCP and UDP stream with at least
                                   one frame the display filter keeps: the TCP streams in
                                   stream order, then the UDP streams (reads the file twice)
          --mode <mode>            the mode of the --streams blocks (default ascii)
          -q                       print only the statistics. swfollow never prints the
                                   per-packet list, so without -q the output is the same

        Processing:
          -o <name>:<value>        one of tcp.analyze_sequence_numbers,
                                   tcp.relative_sequence_numbers, tcp.check_checksum,
                                   tcp.desegment_tcp_streams, tcp.reassemble_out_of_order,
                                   tcp.calculate_timestamps, tcp.no_subdissector_on_error,
                                   tcp.try_heuristic_first, ip.defragment, ipv6.defragment;
                                   value TRUE or FALSE
          -n, -N <flags>, -H <hosts file>
                                   accepted and checked; follow output never resolves names
          -T fields -e <field> ... [-E <option>=<value>]
                                   one line per frame (that -Y keeps), as tshark prints it;
                                   the fields are listed in README.md

        Miscellaneous:
          -h, --help               display this help and exit
          -v, --version            display version info and exit

        """

    /// The `-z help` list (tshark prints it on stderr after its program name, and exits 0).
    package static let statistics =
        "The available statistics for the \"-z\" option are:\n"
        + StatisticArgument.listedNames.map { "     \($0)\n" }.joined()
}
