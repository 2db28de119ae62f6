/*
 * nids-allstreams CAPTURE: reassembles every TCP stream of CAPTURE with libnids and counts the
 * bytes it delivers (count_new), writing nothing: the libnids counterpart of swfollow-allstreams.
 * Checksums are not verified (tshark does not either). libnids follows IPv4 connections it saw
 * open with a handshake.
 */
#include <nids.h>
#include <stdio.h>

static unsigned long long streams, deliveries, bytes;

static void on_tcp(struct tcp_stream *stream, void **unused)
{
    (void)unused;
    if (stream->nids_state == NIDS_JUST_EST) {
        stream->client.collect++;
        stream->server.collect++;
        streams++;
    } else if (stream->nids_state == NIDS_DATA) {
        if (stream->server.count_new > 0) {
            deliveries++;
            bytes += (unsigned long long)stream->server.count_new;
        }
        if (stream->client.count_new > 0) {
            deliveries++;
            bytes += (unsigned long long)stream->client.count_new;
        }
    }
}

int main(int argc, char **argv)
{
    static struct nids_chksum_ctl no_checksums = { 0, 0, NIDS_DONT_CHKSUM, 0 };
    if (argc != 2) {
        fprintf(stderr, "usage: nids-allstreams CAPTURE\n");
        return 64;
    }
    nids_params.filename = argv[1];
    nids_params.scan_num_hosts = 0;
    nids_params.n_tcp_streams = 1 << 16;
    nids_register_chksum_ctl(&no_checksums, 1);
    if (!nids_init()) {
        fprintf(stderr, "nids-allstreams: %s\n", nids_errbuf);
        return 2;
    }
    nids_register_tcp(on_tcp);
    nids_run();
    printf("%llu streams, %llu deliveries, %llu bytes\n", streams, deliveries, bytes);
    return 0;
}
