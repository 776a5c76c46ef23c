#!/usr/bin/env bash
# Sums the `passed` and `failed` attributes of every <Counters> element in the TRX files of a
# directory (default artifacts/test-results).
#   scripts/trx-summary.sh [dir]            per-file lines on stderr, then "N passed, N failed" on stdout
#   scripts/trx-summary.sh --numbers [dir]  just "PASSED FAILED FILES" on stdout
# With no TRX files, the totals are 0 and FILES is 0.
set -euo pipefail

numbers=''
if [[ ${1:-} == --numbers ]]; then numbers=1; shift; fi
dir=${1:-artifacts/test-results}

attr() { # attr NAME <<< '<Counters ...>'  → the attribute's integer value, or 0
  local v
  v=$(sed -n "s/.*[[:space:]]$1=\"\([0-9][0-9]*\)\".*/\1/p")
  printf '%s\n' "${v:-0}"
}

passed=0 failed=0 files=0
shopt -s nullglob
for f in "$dir"/*.trx; do
  files=$((files + 1))
  # Join lines first so a <Counters> tag split over several lines still matches.
  while IFS= read -r counters; do
    p=$(attr passed <<<"$counters")
    x=$(attr failed <<<"$counters")
    passed=$((passed + p)) failed=$((failed + x))
    [[ -n $numbers ]] || printf '  %-40s %5d passed, %d failed\n' "$(basename "$f")" "$p" "$x" >&2
  done < <(tr '\n\r' '  ' <"$f" | grep -o '<Counters[^>]*>' || true)
  # Name each failed test with the start of its message, so that a CI log that keeps only its tail still says
  # which test failed and why. One awk pass, record by record, and only for a file with failures.
  if [[ -z $numbers ]] && grep -q 'outcome="Failed"' "$f"; then
    awk 'BEGIN { RS = "<UnitTestResult " }
      /outcome="Failed"/ {
        name = $0; sub(/^.*testName="/, "", name); sub(/".*$/, "", name)
        message = ""; if (match($0, /<Message>[^<]*/)) message = substr($0, RSTART + 9, RLENGTH - 9)
        gsub(/[\r\n]+/, " ", message)
        printf "  FAILED %s: %s\n", name, substr(message, 1, 400)
      }' "$f" >&2
  fi
done

if [[ -n $numbers ]]; then
  echo "$passed $failed $files"
else
  echo "$passed passed, $failed failed"
fi
