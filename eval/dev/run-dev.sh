#!/usr/bin/env bash
# Scores extraction on the development set. Run from the project root:
#   eval/dev/run-dev.sh            summary line
#   eval/dev/run-dev.sh --verbose  every miss, spurious figure and wrong claimant
# The texts (third-party) are not in the repository: eval/dev/texts/ is rebuilt from the queries in
# eval/dev/gold/*.json with the search tool (see eval/dev/README.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scorer=${COUNTERCLAIM_SCORER:-$here/../../../shared/eval/score.py}
[ -f "$scorer" ] || { echo "score.py not found at $scorer (set COUNTERCLAIM_SCORER)" >&2; exit 2; }
cc=${COUNTERCLAIM_LAUNCHER:-./counterclaim}   # another build to compare with
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$here/merge.py" "$here/gold" "$here/texts" >"$tmp/gold.json"
"$cc" extract "$here/texts" --format jsonl >"$tmp/out.jsonl"
args=()
if [ "${DEV_GROUPS:-1}" = 1 ] && "$cc" index "$here/texts" --index "$tmp/idx" >/dev/null 2>&1 && \
   "$cc" contradictions --index "$tmp/idx" --format json >"$tmp/groups.json" 2>/dev/null; then
  args=(--groups "$tmp/groups.json")
fi
python3 "$scorer" "$tmp/gold.json" "$tmp/out.jsonl" "${args[@]}" "$@"
