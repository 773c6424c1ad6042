#!/usr/bin/env bash
# Output-cache hit in memory against a hit in Redis: starts the portal in Release on 127.0.0.1 with a fresh
# SQLite database (demo content), first with the in-memory output cache, then with ConnectionStrings:Redis pointing
# at a throwaway redis-server started here (no persistence, loopback, its own temp folder), and runs wrk against the
# same article page and the home page in each. Prints requests/s and p99 latency; stops what it started by PID.
# Usage: benchmarks/redis-cache-wrk.sh [SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
port=5098
redis_port=6398
work="$(mktemp -d /tmp/pp-bench-redis-XXXXXX)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[[ -x /usr/bin/redis-server ]] || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 1; }

dotnet build src/PublishingPortal.Web -c Release -v q -nologo >/dev/null
app="src/PublishingPortal.Web/bin/Release/net10.0/PublishingPortal.Web.dll"
settings=(--ConnectionStrings:Portal="Data Source=$work/portal.db" --Site:MediaPath="$work/media"
          --Logging:FileFolder="$work/logs" --Serilog:MinimumLevel:Default=Warning
          --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning
          --Schedule:Enabled=false --Admin:Password=bench-password-2024)

/usr/bin/redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" \
    --logfile "$work/redis.log" --daemonize no &
redis=$!
server=""
stop_server() {
    if [[ -n "$server" ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=""
    fi
}
trap 'stop_server; kill $redis 2>/dev/null || true; wait $redis 2>/dev/null || true; rm -rf "$work"' EXIT

base="http://127.0.0.1:$port"
start_server() {
    (cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet "../../$app" --urls "$base" "${settings[@]}" "$@" >"$work/server.log" 2>&1) &
    server=$!
    for _ in $(seq 1 120); do curl -fs "$base/" >/dev/null && return 0; sleep 0.5; done
    echo "the portal did not answer; its log:" >&2
    tail -20 "$work/server.log" >&2
    exit 1
}

run() {
    local name="$1" url="$2"
    curl -fs "$url" -o /dev/null    # fill the output cache
    wrk -t2 -c32 -d3s "$url" >/dev/null    # warm up
    local out rps p99
    out="$(wrk -t2 -c32 -d"${seconds}s" --latency "$url")"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    printf '%-32s %12s req/s   p99 %s\n' "$name" "$rps" "$p99"
}

echo "wrk -t2 -c32 -d${seconds}s, $(nproc) cores shared by wrk, the server and redis-server"
start_server
article="$(curl -fs "$base/" | grep -o 'href="/tin-tuc/[^"]*"' | sed -n '1s/href="//;1s/"$//p')"
echo "article page: $(curl -fs "$base$article" | wc -c) bytes"
run "article, in-memory cache" "$base$article"
run "home, in-memory cache" "$base/"
stop_server

start_server --ConnectionStrings:Redis="127.0.0.1:$redis_port" --Redis:InstanceName=bench:
run "article, Redis cache" "$base$article"
run "home, Redis cache" "$base/"
echo "keys in Redis: $(redis-cli -p "$redis_port" dbsize 2>/dev/null || echo '?')"
stop_server
