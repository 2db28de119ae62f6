# Sourced by the scripts/record-*-goldens.sh scripts (after setting $script to their name): stops
# unless `tshark -v` reports TShark 4.0.17, the version every golden is recorded with.
want="TShark (Wireshark) 4.0.17"
got=$(tshark -v 2>/dev/null | head -1)
case "$got" in
"$want"*) ;;
*) echo "$script: need $want, found: $got" >&2; exit 1 ;;
esac
