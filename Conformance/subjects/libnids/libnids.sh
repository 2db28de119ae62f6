#!/bin/sh
# libnids adapter for swfollow-conformance: grades libnids 1.26 (Debian libnids-dev) at level L2.
#
#   swfollow-conformance verify --level L2 --name libnids \
#     --subject '{root}/Conformance/subjects/libnids/libnids.sh {capture} {node0} {node1} {range}'
#
# nidsfollow prints every delivery as a record; a RANGE is applied by records-in-range.sh.
#
# Builds nidsfollow.c on first use (needs cc and the libnids-dev, libpcap-dev, libnet1-dev and
# libglib2.0-dev packages) into $XDG_CACHE_HOME/swfollow-conformance, then runs it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/swfollow-conformance
program=$cache/nidsfollow
if [ ! -x "$program" ] || [ "$here/nidsfollow.c" -nt "$program" ]; then
    mkdir -p "$cache"
    ${CC:-cc} -O2 -o "$program.tmp" "$here/nidsfollow.c" \
        -lnids -lpcap -lnet $(pkg-config --libs gthread-2.0 2>/dev/null || echo -lgthread-2.0 -lglib-2.0)
    mv "$program.tmp" "$program"
fi
"$program" "$1" "$2" "$3" | "$here/../records-in-range.sh" "${4:-}"
