#!/usr/bin/env bash
# The GUI suite on a loaded machine (issue 20): two busy processes of this script's own keep
# two cores at 100 % while tests/gui runs, so dialogs come late and progress dialogs stay up
# longer, as on a slow office PC or a shared CI runner. Every dialog a test answers is waited
# for by type (tests/gui/dialogs.py), so the run passes; a hang would end in minutes through
# pytest-timeout's thread method, not at CI's limit.
#   tools/loaded_gui_run.sh [extra pytest arguments]
# The busy processes are bounded (they stop by themselves after MSU_LOAD_MAX_S, 3600 s by
# default) and are stopped by this script when the run ends, however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"  # where uv's installer puts it (as dev.py looks)
max_s=${MSU_LOAD_MAX_S:-3600}
busy=()
stop_busy() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${busy[@]}" 2>/dev/null || true
}
trap stop_busy EXIT
for _ in 1 2; do
  timeout "$max_s" python3 -c 'while True: pass' &
  busy+=($!)
done
echo "== loaded run: busy processes ${busy[*]} (at most ${max_s} s each)"
started=$(date +%s)
status=0
QT_QPA_PLATFORM=offscreen uv run --frozen pytest tests/gui -q -p no:cacheprovider "$@" || status=$?
echo "== loaded run: exit ${status} after $(($(date +%s) - started)) s with two busy processes"
for pid in "${busy[@]}"; do
  kill -0 "$pid" 2>/dev/null || { echo "busy process $pid ended early: the load was not kept"; status=1; }
done
exit "$status"
