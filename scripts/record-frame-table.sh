#!/bin/sh
# Records what tshark reads from every capture under ../shared (corpus/captures and spec-cases),
# for CaptureFileTests' frame-table check, so that the test itself needs no tshark.
#
# For ../shared/REL it writes Tests/CaptureFileTests/Fixtures/REL.frames.tsv: one line per frame,
#   frame.number <TAB> frame.cap_len <TAB> frame.len <TAB> frame.time_epoch
# then, when tshark failed, a last line "#error<TAB><stderr message>" where the path tshark
# printed is replaced by {path}. To keep the fixtures small, a table over 512 KiB keeps only its
# first 2000 frames, then "#total<TAB><frame count>" (and the #error line, if any).
# Run from anywhere: scripts/record-frame-table.sh
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
shared="$repo/../shared"
out="$repo/Tests/CaptureFileTests/Fixtures"
cd "$shared"
find corpus/captures spec-cases -path spec-cases/out -prune -o -type f \
    \( -name '*.pcap' -o -name '*.pcapng' -o -name '*.gz' -o -name '*.txt' \) -print | sort |
while read -r rel; do
    mkdir -p "$out/$(dirname "$rel")"
    target="$out/$rel.frames.tsv"
    status=0
    tshark -r "$rel" -T fields -e frame.number -e frame.cap_len -e frame.len -e frame.time_epoch \
        >"$target" 2>/tmp/record-frame-table.err || status=$?
    if [ "$status" -ne 0 ]; then
        message=$(grep -v '^Running as user' /tmp/record-frame-table.err | sed "s|^tshark: ||; s|\"$rel\"|\"{path}\"|" |
            awk 'NR > 1 { printf "\\n" } { printf "%s", $0 }')
        printf '#error\t%s\n' "$message" >>"$target"
    fi
    if [ "$(wc -c <"$target")" -gt 524288 ]; then
        frames=$(grep -vc '^#' "$target")
        { head -n 2000 "$target"; printf '#total\t%s\n' "$frames"; grep '^#error' "$target" || true; } \
            >"$target.short"
        mv "$target.short" "$target"
        echo "shortened to 2000 frames (table over 512 KiB): $rel"
    fi
done
rm -f /tmp/record-frame-table.err
du -sh "$out"
