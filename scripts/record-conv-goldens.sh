#!/bin/sh
# Records what real tshark prints for `tshark -r C -q -z conv,udp -z conv,tcp` (the TCP table,
# then the UDP table: tshark prints the last -z first) for every capture C of
# ../shared/corpus/captures into Golden/corpus-conv/<capture file name>.txt (stdout only; the
# captures themselves are never copied). The goldens are tshark's output, not to be edited by
# hand: rerun this script instead. Refuses to run with another tshark version.
# EndToEndTests (ConversationGoldenTests) compares swfollow's bytes with every one of them.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
captures="$root/../shared/corpus/captures"
out="$root/Golden/corpus-conv"
script=record-conv-goldens
. "$root/scripts/require-tshark.sh"
[ -d "$captures" ] || { echo "record-conv-goldens: $captures is missing" >&2; exit 1; }
mkdir -p "$out"
rm -f "$out"/*.txt
count=0
for capture in "$captures"/*; do
    name=$(basename "$capture")
    if ! tshark -r "$capture" -q -z conv,udp -z conv,tcp > "$out/$name.txt" 2>/dev/null; then
        echo "record-conv-goldens: tshark failed on $name" >&2
        exit 1
    fi
    count=$((count + 1))
done
echo "recorded $count conversation tables into Golden/corpus-conv"
