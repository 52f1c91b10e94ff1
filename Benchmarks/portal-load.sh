#!/usr/bin/env bash
# Load on the web portal, on loopback only, bounded in time (issue 16): the published programme
# page at 64 connections for 30 s with wrk; prints requests/s, latency percentiles, errors and the
# server's resident memory before and after, and exits 1 when p99 is over 20 ms or any request
# failed. Usage: Benchmarks/portal-load.sh [seconds] [connections]; SCRATCH=DIR builds in DIR
# (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
connections="${2:-64}"
port=18080
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

scratch="${SCRATCH:-.build}"
swift build -c release --product fairplan --scratch-path "$scratch" >/dev/null
folder="$(mktemp -d)"
"$scratch/release/fairplan" serve --demo --demo-folder "$folder" --port "$port" >"$folder/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$folder"' EXIT

url="http://127.0.0.1:$port/hoi-nghi/chuong-trinh"
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$url" && break
    sleep 0.1
done
curl -fs -o /dev/null "$url" || { echo "the portal did not start:" >&2; cat "$folder/serve.log" >&2; exit 1; }

rss() { awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$server/status"; }
hwm() { awk '/VmHWM/ { print $2 / 1024 " MB" }' "/proc/$server/status"; }
# Warm-up, then the measured run.
wrk -t2 -c"$connections" -d3s "$url" >/dev/null
before="$(rss)"
report="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url")"
after="$(rss)"
echo "$report"
echo "server memory: resident $before before, $after after; peak $(hwm)"

p99="$(echo "$report" | awk '$1 == "99%" { print $2 }')"
errors="$(echo "$report" | awk '/Non-2xx|Socket errors/ { print }')"
to_ms() {
    case "$1" in
        *us) echo "${1%us}" | awk '{ print $1 / 1000 }' ;;
        *ms) echo "${1%ms}" ;;
        *s) echo "${1%s}" | awk '{ print $1 * 1000 }' ;;
    esac
}
p99ms="$(to_ms "$p99")"
echo "p99: $p99ms ms (target 20 ms)"
status=0
awk -v p="$p99ms" 'BEGIN { exit !(p > 20) }' && { echo "p99 over the target"; status=1; }
[ -n "$errors" ] && { echo "errors: $errors"; status=1; }
exit $status
