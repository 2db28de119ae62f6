#!/bin/sh
# Records the exact capture times (frame.time_epoch, 9 decimals) of every frame that a YAML
# golden in ../shared cites, so the golden replay test can rebuild records with exact (s, ns)
# timestamps (tshark's YAML timestamps are rounded doubles and cannot be inverted).
# Output: frame-times.tsv: for each capture a line "@<TAB>spec|corpus<TAB>capture file", then its
# frames as "frame<TAB>seconds.nanoseconds".
# Usage: Tests/FollowOutputFixtures/record-frame-times.sh  (needs tshark 4.0.17 and ../shared)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../../shared}
out=$here/frame-times.tsv
: > "$out.tmp"

# Prints "capture<TAB>yaml output file" for every plain-index YAML golden.
spec_yaml() {
    awk -F'\t' '$1 ~ /\.s[0-9]+\.yaml$/ { split($2, w, " "); print w[3] "\t" $1 ".stdout" }' \
        "$shared/spec-cases/out/INDEX.txt"
}
corpus_yaml() {
    for cases in "$shared"/corpus/golden/*.cases; do
        name=$(basename "$cases" .cases)
        capture=$(cd "$shared/corpus/captures" && ls "$name".pcap* | head -n 1)
        awk -F'\t' -v c="$capture" '$1 ~ /follow,tcp,yaml,/ { print c "\t" $3 }' "$cases"
    done
}

record() {  # $1 = spec|corpus, $2 = capture folder, $3 = golden folder, stdin = capture<TAB>yaml file
    sort -u | awk -F'\t' '{ files[$1] = files[$1] " " $2 } END { for (c in files) print c "\t" files[c] }' |
    sort | while IFS="$(printf '\t')" read -r capture files; do
        (cd "$3" && cat $files) | sed -n 's/^  - packet: //p' | sort -un > "$out.frames"
        [ -s "$out.frames" ] || continue
        tshark -r "$2/$capture" -T fields -e frame.number -e frame.time_epoch 2>/dev/null |
            awk -F'\t' -v set="$1" -v c="$capture" 'NR == FNR { want[$1] = 1; next }
                FNR == 1 { print "@\t" set "\t" c } $1 in want { print $1 "\t" $2 }' "$out.frames" - >> "$out.tmp"
    done
}

spec_yaml | record spec "$shared/spec-cases" "$shared/spec-cases/out"
corpus_yaml | record corpus "$shared/corpus/captures" "$shared/corpus/golden"
rm -f "$out.frames"
mv "$out.tmp" "$out"
wc -l "$out"
