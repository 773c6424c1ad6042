#!/usr/bin/env bash
# Photo-variant throughput with a warm cache: starts the portal in Release on 127.0.0.1 with a fresh
# SQLite database and media folder (demo content: its photos are library photos), makes one variant
# (/media/{key}/640.webp) by requesting it once, then runs wrk against it, against the same URL with a
# matching If-None-Match (304), against a static file of the same bytes served by the same server, and
# against a width that is not configured (404). Each URL gets a 3-second unmeasured warm-up first.
# Prints requests/s, p99 latency and transfer rate for each; stops the portal by its PID.
# Usage: benchmarks/variants-wrk.sh [SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
port=5098
work="$(mktemp -d /tmp/pp-variants-XXXXXX)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build src/PublishingPortal.Web -c Release -v q -nologo >/dev/null
app="src/PublishingPortal.Web/bin/Release/net10.0/PublishingPortal.Web.dll"
settings=(--ConnectionStrings:Portal="Data Source=$work/portal.db" --Site:MediaPath="$work/media"
          --Logging:FileFolder="$work/logs" --Serilog:MinimumLevel:Default=Warning
          --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning
          --Schedule:Enabled=false --Admin:Password=bench-password-2024)

(cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet "../../$app" --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$port" "${settings[@]}" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/" >/dev/null || { echo "the portal did not start; log:" >&2; cat "$work/server.log" >&2; exit 1; }

base="http://127.0.0.1:$port"
key="$(curl -fs "$base/" | grep -o '/media/[0-9a-f]\{32\}/' | head -1 || true)"
[[ -n "$key" ]] || { echo "no library photo on the home page" >&2; exit 1; }
variant="$base${key}640.webp"

# First request makes the variant (timed), the second is a cache hit.
curl -fs -o /dev/null -w "first request (makes the variant): %{time_total} s, %{size_download} bytes\n" "$variant"
curl -fs -o /dev/null -w "second request (disk cache):       %{time_total} s\n" "$variant"
etag="$(curl -fsI "$variant" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')"

# The same bytes as a plain static file, from a folder the portal serves with UseStaticFiles.
mkdir -p "$work/media/demo"
curl -fs "$variant" -o "$work/media/demo/copy.webp"

run() {
    local name="$1"; shift
    local out rps p99 transfer
    out="$(wrk -t2 -c32 -d"${seconds}s" --latency "$@")"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    transfer="$(awk '/Transfer\/sec/ {print $2}' <<<"$out")"
    printf '%-36s %12s req/s   p99 %-9s %s/s\n' "$name" "$rps" "$p99" "$transfer"
}

# A few seconds of load on each URL first, so every path is jitted (tier 1) before it is measured.
for url in "$variant" "$base/media/demo/copy.webp" "$base${key}641.webp"; do
    wrk -t2 -c32 -d3s "$url" >/dev/null
done

echo "wrk -t2 -c32 -d${seconds}s, $(nproc) cores shared by wrk and the server"
run "variant 640.webp (200, cached)" "$variant"
run "variant 640.webp (304, If-None-Match)" -H "If-None-Match: $etag" "$variant"
run "static file, same bytes" "$base/media/demo/copy.webp"
run "width not configured (404)" "$base${key}641.webp"
