#!/usr/bin/env bash
# Installs and starts what the tests need, builds once, checks both providers' migrations, then runs
# every test project, continuing past failures and exiting non-zero at the end if any occurred.
#
#   ./test.sh                              everything (what CI runs)
#   ./test.sh Core Web                     only these test projects (any part of the name; no
#                                          migrations check; PostgreSQL only if Data is selected)
#   ./test.sh Data -- --filter-class '*Review*'   extra arguments after -- go to every `dotnet test`
#
# Environment: sets IRO_TEST_PG (a throwaway PostgreSQL, see scripts/pg-throwaway.sh) and
# IRO_CHROMIUM (default /usr/bin/chromium). A non-root user's own IRO_TEST_PG is used as is.
# IRO_TEST_TIMEOUT (default 20m) bounds each test project's run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
# shellcheck source=scripts/pg-throwaway.sh
source scripts/pg-throwaway.sh

all_projects=(Iro.Core.Tests Iro.Data.Tests Iro.Web.Tests Iro.Browser.Tests)
results=artifacts/test-results
started=$SECONDS
failures=()

step() { printf '\n==> %s  [%ds]\n' "$*" "$((SECONDS - started))"; }
fail() { failures+=("$1"); printf '!!! %s\n' "$1" >&2; }

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

# ---- arguments -------------------------------------------------------------------------------
selected=() extra=() wanted=''
while (($#)); do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    -*) extra=("$@"); break ;;
    *)
      match=''
      for p in "${all_projects[@]}"; do
        if [[ ${p,,} == *"${1,,}"* ]]; then match=$p; wanted+=" $p "; fi
      done
      [[ -n $match ]] || { echo "test.sh: no test project matches '$1' (have: ${all_projects[*]})" >&2; exit 2; }
      shift ;;
  esac
done
full_run=''
[[ -n $wanted ]] || full_run=1
for p in "${all_projects[@]}"; do   # always in the canonical order
  if [[ -n $full_run || $wanted == *" $p "* ]]; then selected+=("$p"); fi
done
needs_pg=''
[[ -n $full_run || " ${selected[*]} " == *" Iro.Data.Tests "* ]] && needs_pg=1

rm -rf "$results"

# ---- 1. Debian packages ----------------------------------------------------------------------
export IRO_CHROMIUM="${IRO_CHROMIUM:-/usr/bin/chromium}"
missing=()
if [[ ! -x $IRO_CHROMIUM ]]; then
  missing+=(chromium)
  [[ -d /usr/share/fonts/truetype/liberation ]] || missing+=(fonts-liberation)
fi
pg_throwaway_bindir >/dev/null || missing+=(postgresql)
[[ -f /usr/share/zoneinfo/Europe/London ]] || missing+=(tzdata)
if ((${#missing[@]})); then
  step "Installing Debian packages: ${missing[*]}"
  sudo=()
  if [[ $EUID -ne 0 ]] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); fi
  if [[ $EUID -eq 0 || ${#sudo[@]} -gt 0 ]] && command -v apt-get >/dev/null; then
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "test.sh: missing ${missing[*]} and cannot install them (not root, no passwordless sudo)." >&2
    echo "         Install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "         Continuing; the tests that need them will fail and say so." >&2
  fi
fi

# ---- 2. npm and dotnet tools -----------------------------------------------------------------
if [[ -f package.json ]]; then
  step "npm ci"
  if [[ -f package-lock.json ]]; then
    # Locally, skip the reinstall when node_modules came from this very lock file; CI always runs it.
    npm_stamp=node_modules/.iro-npm-ci.stamp
    npm_hash=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
    if [[ -z ${CI:-} && -f $npm_stamp && $(<"$npm_stamp") == "$npm_hash" ]]; then
      echo "node_modules is up to date with package-lock.json (set CI=1 to force npm ci)"
    else
      npm ci --no-audit --no-fund
      echo "$npm_hash" >"$npm_stamp"
    fi
  else
    echo "test.sh: package-lock.json missing; running npm install instead of npm ci" >&2
    npm install --no-audit --no-fund
  fi
else
  echo "test.sh: no package.json; skipping npm ci"
fi
step "dotnet tool restore"
dotnet tool restore

# ---- 3. PostgreSQL ---------------------------------------------------------------------------
trap pg_throwaway_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [[ -n $needs_pg ]]; then
  if [[ -n ${IRO_TEST_PG:-} && $EUID -ne 0 ]]; then
    echo "test.sh: using the IRO_TEST_PG already set in the environment"
  else
    step "Starting a throwaway PostgreSQL"
    if ! pg_throwaway_start; then
      if [[ -n ${IRO_TEST_PG:-} ]]; then
        echo "test.sh: falling back to the IRO_TEST_PG already set in the environment" >&2
      else
        unset IRO_TEST_PG
        fail "PostgreSQL could not be started (install postgresql, or set IRO_TEST_PG); Data tests will fail"
      fi
    fi
  fi
fi

# ---- 4. build once, check migrations ---------------------------------------------------------
step "dotnet build Iro.slnx"
if ! dotnet build Iro.slnx; then
  printf '\n!!! BUILD FAILED: no tests can run. Fix the build errors above.\n' >&2
  exit 1
fi

if [[ -n $full_run ]]; then
  for provider in Sqlite Postgres; do
    project=src/Iro.Data.$provider
    if compgen -G "$project/*.csproj" >/dev/null; then
      step "Pending model changes? ($project)"
      if ! dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project"; then
        fail "$project: pending model changes (add a migration) or the check could not run"
      fi
    else
      echo "test.sh: no $project project; skipping its migrations check"
    fi
  done
fi

# ---- 5. tests --------------------------------------------------------------------------------
test_args=(--no-build --results-directory "$results" --report-xunit-trx --timeout "${IRO_TEST_TIMEOUT:-20m}")
# With a filter some projects may have no matching tests (exit code 8); that is not a failure.
((${#extra[@]} == 0)) || test_args+=(--ignore-exit-code 8)
for p in "${selected[@]}"; do
  if [[ ! -f tests/$p/$p.csproj ]]; then
    echo "test.sh: no tests/$p/$p.csproj; skipping"
    continue
  fi
  step "dotnet test --project tests/$p"
  rc=0
  dotnet test --project "tests/$p" "${test_args[@]}" --report-xunit-trx-filename "$p.trx" "${extra[@]}" || rc=$?
  ((rc == 0)) || fail "tests/$p: dotnet test exited with code $rc"
done

# ---- summary ---------------------------------------------------------------------------------
step "Summary"
bash scripts/trx-summary.sh "$results"
if ((${#failures[@]})); then
  printf '!!! %s\n' "${failures[@]}" >&2
  echo "test.sh: FAILED after $((SECONDS - started))s" >&2
  exit 1
fi
echo "test.sh: all passed in $((SECONDS - started))s"
