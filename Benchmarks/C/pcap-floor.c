/*
 * pcap-floor CAPTURE: the floor of the benchmark. Reads every record of CAPTURE with libpcap's
 * pcap_next_ex and does nothing else but count frames and captured bytes.
 */
#include <pcap/pcap.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    char errbuf[PCAP_ERRBUF_SIZE];
    if (argc != 2) {
        fprintf(stderr, "usage: pcap-floor CAPTURE\n");
        return 64;
    }
    pcap_t *capture = pcap_open_offline(argv[1], errbuf);
    if (capture == NULL) {
        fprintf(stderr, "pcap-floor: %s\n", errbuf);
        return 2;
    }
    struct pcap_pkthdr *header;
    const u_char *data;
    unsigned long long frames = 0, bytes = 0;
    int status;
    while ((status = pcap_next_ex(capture, &header, &data)) == 1) {
        frames++;
        bytes += header->caplen;
    }
    if (status == PCAP_ERROR) {
        fprintf(stderr, "pcap-floor: %s\n", pcap_geterr(capture));
        return 2;
    }
    printf("%llu frames, %llu captured bytes\n", frames, bytes);
    pcap_close(capture);
    return 0;
}
