#!/usr/bin/env bash
# Smoke test of the frozen program (run by installer/build.sh and CI): it must start offscreen,
# answer --version, create and migrate a fresh SQLite database, make demo data, export an overview
# and a letter, and exit 0 each time.
set -euo pipefail
bundle=${1:-dist/FoerderDesk}
cli="$bundle/foerderdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  XDG_STATE_HOME="$work/state"
db="sqlite:///$work/smoke.sqlite3"
step() {
  printf '  %-28s' "$1"; shift
  local t0; t0=$(date +%s%N)
  "$@" >"$work/out.txt" 2>&1 || { echo "FAILED"; cat "$work/out.txt"; exit 1; }
  echo "ok ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
}
echo "smoke test of $bundle"
step "--version" "$cli" --version
grep -q "FörderDesk" "$work/out.txt"
step "db upgrade (fresh file)" "$cli" --db "$db" db upgrade
step "db check" "$cli" --db "$db" db check
step "demo-data --cases 20" "$cli" --db "$db" demo-data --cases 20 --seed 1
step "case list --json" "$cli" --db "$db" case list --json
# another demo user signs in with the demo password (Argon2 in the bundle); the window opens for this account,
# which demo-data added as a supervisor
step "export overview (--user)" "$cli" --db "$db" --user weber --password-stdin export overview \
  -o "$work/uebersicht.xlsx" <<<"demo-passwort"
test -s "$work/uebersicht.xlsx"
file_number=$("$cli" --db "$db" case list --status approved --json | python3 -c \
  "import json,sys; rows=json.load(sys.stdin); print(rows[0]['file_number'] if rows else '')")
if [ -n "$file_number" ]; then
  step "letter (approval draft)" "$cli" --db "$db" --user mueller --password-stdin letter "$file_number" approval \
    -o "$work/bescheid.pdf" <<<"demo-passwort"
  test -s "$work/bescheid.pdf"
fi
step "window starts offscreen" env FOERDERDESK_QUIT_AFTER_MS=1500 "$bundle/FoerderDesk" --db "$db"
echo "smoke test passed"
