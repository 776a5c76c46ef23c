#!/usr/bin/env bash
# Whole-process figures for the SSDA903 targets (issue 3 §5), on a national-scale extract made by
# `iro generate`: wall time and peak memory of each command from start to exit, plus the "floor" (the time
# to read and split every line of the same files). Prints a Markdown table for docs/benchmarks.md.
#
#   bench/ssda903.sh [CHILDREN] [YEAR]        default 85000 2025-26
#
# Needs IRO_BENCH_PG (a PostgreSQL connection string) for the PostgreSQL rows; scripts/pg-throwaway.sh
# provides one: scripts/pg-throwaway.sh bash -c 'IRO_BENCH_PG=$IRO_TEST_PG bench/ssda903.sh'
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
children=${1:-85000}
year=${2:-2025-26}
work=$(mktemp -d /tmp/iro-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$root/iro" --help >/dev/null   # build once, outside the timings
dotnet build "$root/bench/Iro.Bench" -c Release --verbosity quiet --nologo >&2
floor_dll="$root/artifacts/bin/Iro.Bench/release/Iro.Bench.dll"

measure() { # label, command...
  local label=$1; shift
  # Let the previous step's writes (a 1 GB SQLite database, an export) reach the disk first, so that flushing
  # them is not timed as part of this step.
  sync
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { echo "failed: $label" >&2; cat "$work/err" >&2; return 1; }
  read -r secs kb <"$work/time"
  printf '| %s | %s s | %d MB |\n' "$label" "$secs" "$((kb / 1024))"
}

# Several runs of a quick command, alternating with the floor so that both see the same machine: the range of
# wall times and of peak memory.
runs=${IRO_BENCH_RUNS:-5}
measure_alternating() { # label, command...
  local label=$1; shift
  local floor_times=() times=() kbs=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$floor_dll" floor "$work/extract" >/dev/null
    read -r secs _ <"$work/time"; floor_times+=("$secs")
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { echo "failed: $label" >&2; cat "$work/err" >&2; return 1; }
    read -r secs kb <"$work/time"; times+=("$secs"); kbs+=("$((kb / 1024))")
  done
  range() { printf '%s\n' "$@" | sort -n | sed -n '1p;$p' | paste -sd'-' | sed 's/-/–/'; }
  printf '| floor: a .NET process reading and splitting every line (%d runs) | %s s | |\n' "$runs" "$(range "${floor_times[@]}")"
  printf '| %s (%d runs, alternating with the floor) | %s s | %s MB |\n' "$label" "$runs" "$(range "${times[@]}")" "$(range "${kbs[@]}")"
  local ratios=()
  for ((i = 0; i < runs; i++)); do ratios+=("$(awk -v a="${times[i]}" -v b="${floor_times[i]}" 'BEGIN { printf "%.2f", a / b }')"); done
  local median
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')
  printf '| (validate ÷ floor, run by run) | %s×, median %s× | |\n' "$(range "${ratios[@]}")" "$median"
  printf '| (every ratio, in order) | %s | |\n' "${ratios[*]}"
}

echo "| step ($children children, $year) | wall time | peak memory |"
echo "|---|---:|---:|"
measure "generate" "$root/iro" generate ssda903 "$work/extract" --children "$children" --seed 1 --year "$year"
measure_alternating "validate" "$root/iro" validate ssda903 "$work/extract" --year "$year"
echo "| (failures reported: $(wc -l <"$work/out")) | | |"
measure "import into an empty SQLite database" "$root/iro" import ssda903 "$work/extract" --year "$year" --council 990 --db "sqlite:$work/iro.db"
measure "re-import of the unchanged extract (SQLite)" "$root/iro" import ssda903 "$work/extract" --year "$year" --council 990 --db "sqlite:$work/iro.db"
measure "export (SQLite)" "$root/iro" export ssda903 "$work/exported" --year "$year" --council 990 --db "sqlite:$work/iro.db"
if diff -rq "$work/extract" "$work/exported" >&2; then
  echo "| (round trip: every exported file is byte-identical to the extract) | | |"
else
  echo "| (round trip: the exported files DIFFER from the extract) | | |"
fi
if [[ -n ${IRO_BENCH_PG:-} ]]; then
  "$root/iro" migrate --db "postgres:$IRO_BENCH_PG" 2>/dev/null
  measure "import into an empty PostgreSQL database" "$root/iro" import ssda903 "$work/extract" --year "$year" --council 990 --db "postgres:$IRO_BENCH_PG"
  measure "re-import of the unchanged extract (PostgreSQL)" "$root/iro" import ssda903 "$work/extract" --year "$year" --council 990 --db "postgres:$IRO_BENCH_PG"
fi
