/*
 * nidsfollow: follow one TCP connection with libnids and print what libnids delivers,
 * in tshark's raw follow layout (one hex line per delivery, a TAB before Node 1's lines).
 *
 * usage: nidsfollow CAPTURE NODE0 NODE1      endpoints as a.b.c.d:port (libnids is IPv4 only)
 *
 * Checksums are not verified (tshark does not either), so checksum cases measure reassembly.
 * libnids only tracks connections it saw open with a handshake, and only IPv4.
 */
#include <arpa/inet.h>
#include <nids.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct in_addr node_addr[2];
static unsigned short node_port[2];

/* Splits "a.b.c.d:port"; returns 0 if it is not an IPv4 endpoint. */
static int parse_endpoint(const char *text, struct in_addr *addr, unsigned short *port)
{
    char host[64];
    const char *colon = strrchr(text, ':');
    if (colon == NULL || colon == text || (size_t)(colon - text) >= sizeof host)
        return 0;
    memcpy(host, text, (size_t)(colon - text));
    host[colon - text] = '\0';
    *port = (unsigned short)atoi(colon + 1);
    return inet_aton(host, addr);
}

/* Which node sent from (addr, port): 0, 1, or -1 for neither. */
static int node_of(unsigned int addr, unsigned short port)
{
    for (int node = 0; node < 2; node++)
        if (addr == node_addr[node].s_addr && port == node_port[node])
            return node;
    return -1;
}

static void print_record(int node, const char *data, int count)
{
    if (node == 1)
        putchar('\t');
    for (int i = 0; i < count; i++)
        printf("%02x", (unsigned char)data[i]);
    putchar('\n');
}

static void on_tcp(struct tcp_stream *stream, void **unused)
{
    (void)unused;
    struct tuple4 *t = &stream->addr;
    int client = node_of(t->saddr, t->source);
    int server = node_of(t->daddr, t->dest);
    if (client < 0 || server < 0 || client == server)
        return;
    if (stream->nids_state == NIDS_JUST_EST) {
        stream->client.collect++;
        stream->server.collect++;
    } else if (stream->nids_state == NIDS_DATA) {
        /* The server half receives what the client sent, and the other way round. */
        if (stream->server.count_new > 0)
            print_record(client, stream->server.data, stream->server.count_new);
        if (stream->client.count_new > 0)
            print_record(server, stream->client.data, stream->client.count_new);
    }
}

int main(int argc, char **argv)
{
    static const char separator[] = "===================================================================";
    if (argc != 4) {
        fprintf(stderr, "usage: nidsfollow CAPTURE NODE0 NODE1\n");
        return 64;
    }
    printf("\n%s\nFollow: tcp,raw\nFilter: libnids\nNode 0: %s\nNode 1: %s\n", separator, argv[2], argv[3]);
    if (parse_endpoint(argv[2], &node_addr[0], &node_port[0])
        && parse_endpoint(argv[3], &node_addr[1], &node_port[1])) {
        static struct nids_chksum_ctl no_checksums = { 0, 0, NIDS_DONT_CHKSUM, 0 };
        nids_params.filename = argv[1];
        nids_params.scan_num_hosts = 0;
        nids_register_chksum_ctl(&no_checksums, 1);
        if (!nids_init()) {
            fprintf(stderr, "nidsfollow: %s\n", nids_errbuf);
            return 2;
        }
        nids_register_tcp(on_tcp);
        nids_run();
    }
    printf("%s\n", separator);
    return 0;
}
