/*
 * tinsfollow: follow one TCP connection with libtins 4.0's Tins::TCPIP::StreamFollower (default
 * settings) and print every chunk it hands to a data callback in tshark's raw follow layout: one
 * hex line per callback, a TAB before Node 1's lines.
 *
 * usage: tinsfollow CAPTURE NODE0 NODE1      endpoints as a.b.c.d:port or [v6]:port
 *
 * Every packet FileSniffer reads goes to StreamFollower::process_packet(Packet&). The client and
 * server data callbacks print the payload libtins hands over (auto-cleanup on, so each callback
 * carries only the new bytes). Partial streams are not followed, recovery mode is off.
 */
#include <tins/tins.h>
#include <tins/tcp_ip/stream_follower.h>

#include <cstdio>
#include <string>

using Tins::TCPIP::Stream;

struct Endpoint {
    bool v6 = false;
    Tins::IPv4Address v4addr;
    Tins::IPv6Address v6addr;
    uint16_t port = 0;
};

static Endpoint nodes[2];

/* Splits "a.b.c.d:port" or "[v6]:port"; false for ":0" or anything else. */
static bool parse_endpoint(const std::string &text, Endpoint &out)
{
    size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return false;
    std::string host = text.substr(0, colon);
    out.port = static_cast<uint16_t>(std::stoul(text.substr(colon + 1)));
    try {
        if (host.front() == '[') {
            out.v6 = true;
            out.v6addr = Tins::IPv6Address(host.substr(1, host.size() - 2));
        } else {
            out.v4addr = Tins::IPv4Address(host);
        }
    } catch (const std::exception &) {
        return false;
    }
    return true;
}

/* Which node is the stream's client (0 or 1), or -1 for neither. */
static int node_of(const Stream &stream, bool client)
{
    uint16_t port = client ? stream.client_port() : stream.server_port();
    for (int node = 0; node < 2; node++) {
        const Endpoint &e = nodes[node];
        if (e.port != port || e.v6 != stream.is_v6())
            continue;
        if (e.v6 ? e.v6addr == (client ? stream.client_addr_v6() : stream.server_addr_v6())
                 : e.v4addr == (client ? stream.client_addr_v4() : stream.server_addr_v4()))
            return node;
    }
    return -1;
}

static void print_record(int node, const Stream::payload_type &data)
{
    if (data.empty())
        return;
    if (node == 1)
        putchar('\t');
    for (uint8_t byte : data)
        printf("%02x", byte);
    putchar('\n');
}

static void on_new_stream(Stream &stream)
{
    int client = node_of(stream, true);
    int server = node_of(stream, false);
    if (client < 0 || server < 0 || client == server)
        return;
    stream.client_data_callback([client](Stream &s) { print_record(client, s.client_payload()); });
    stream.server_data_callback([server](Stream &s) { print_record(server, s.server_payload()); });
}

int main(int argc, char **argv)
{
    static const char separator[] = "===================================================================";
    if (argc != 4) {
        fprintf(stderr, "usage: tinsfollow CAPTURE NODE0 NODE1\n");
        return 64;
    }
    printf("\n%s\nFollow: tcp,raw\nFilter: libtins\nNode 0: %s\nNode 1: %s\n", separator, argv[2], argv[3]);
    if (parse_endpoint(argv[2], nodes[0]) && parse_endpoint(argv[3], nodes[1])) {
        try {
            Tins::FileSniffer sniffer(argv[1]);
            Tins::TCPIP::StreamFollower follower;
            follower.new_stream_callback(&on_new_stream);
            sniffer.sniff_loop([&follower](Tins::Packet &packet) {
                follower.process_packet(packet);
                return true;
            });
        } catch (const std::exception &error) {
            fflush(stdout);
            fprintf(stderr, "tinsfollow: %s\n", error.what());
            return 2;
        }
    }
    printf("%s\n", separator);
    return 0;
}
