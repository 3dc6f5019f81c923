#!/usr/bin/env bash
# Captures the practice screens as text (80×24, no colour) into docs/screens/, by driving the
# built binary in a detached tmux session: a typed reply, the incoming call, the missed flag, the debrief.
# Usage: scripts/capture-screens.sh [scenario]   (needs tmux; builds dist/ if it is stale)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scenario="${1:-express-refund}"
out="$root/docs/screens"
session="scamdrill-capture-$$"
data="$(mktemp -d)"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$data"' EXIT

node "$root/scripts/build.mjs" --if-stale
mkdir -p "$out"

# Poll the pane until it shows $1 (at most 10 s), then save it as $2.
wait_save() {
  local want="$1" file="$2"
  for _ in $(seq 1 200); do
    if tmux capture-pane -p -t "$session" | grep -qF -- "$want"; then
      [ -n "$file" ] && tmux capture-pane -p -t "$session" > "$out/$file"
      return 0
    fi
    sleep 0.05
  done
  echo "capture-screens: the screen never showed \"$want\":" >&2
  tmux capture-pane -p -t "$session" >&2
  exit 1
}

tmux new-session -d -s "$session" -x 80 -y 24 \
  "env CI=false NO_COLOR=1 SCAMDRILL_DATA_DIR='$data' node '$root/dist/cli.js' practice '$scenario' --fast --lang en; sleep 5"

# express-refund opens with a text message; the phone rings after the first reply.
wait_save "Enter send" ""
tmux send-keys -t "$session" -l "Yes, OK, I'll do that."
wait_save "I'll do that." 1-reply.txt
tmux send-keys -t "$session" Enter
wait_save "Incoming call" 2-call.txt
tmux send-keys -t "$session" a
wait_save "✘ missed" 3-missed-flag.txt
# Careless answers until the conversation ends (bounded), then the debrief.
for _ in $(seq 1 30); do
  tmux capture-pane -p -t "$session" | grep -qF "Enter debrief" && break
  tmux send-keys -t "$session" -l "Yes, OK, I'll do that."
  tmux send-keys -t "$session" Enter
  sleep 0.3
done
tmux send-keys -t "$session" Enter
# The debrief is measured after its first frame (it scrolls): wait for its text, not just its keys.
wait_save "Debrief:" 4-debrief.txt
tmux send-keys -t "$session" q
echo "saved: $(ls "$out" | tr '\n' ' ')"
