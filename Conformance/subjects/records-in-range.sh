#!/bin/sh
# Filters a raw follow block on stdin down to the records of RANGE (N or N-M, 1-based, as tshark
# reads it; an empty RANGE keeps every record). Used by the adapters that print one record per
# delivery (libnids, gopacket, libtins).
#
#   program CAPTURE NODE0 NODE1 | records-in-range.sh RANGE
set -eu
range=${1:-}
if [ -z "$range" ]; then
    exec cat
fi
first=${range%%-*}
last=${range#*-}
if [ "$last" = "$range" ]; then last=$first; fi
if [ "$last" = "-1" ]; then last=4294967295; fi  # tshark reads -1 as %u
exec awk -v first="$first" -v last="$last" '
    /^Node 1: / { print; records = 1; next }
    records && /^=/ { records = 0 }
    records { count++; if (count >= first + 0 && count <= last + 0) print; next }
    { print }'
