# Helpers shared by the wrk benchmarks (reader-wrk.sh, search-wrk.sh); sourced, not run. Sets up a work folder that
# is removed at exit, checks the tools, builds the portal in Release, and gives: a throwaway PostgreSQL cluster on
# 127.0.0.1 (pinned to core 0), the import command timed, a server started and pinned to core 1, warm-up and
# measurement with wrk on core 0. Everything started here is stopped by PID at exit.
# The caller sets `seconds` (measurement length) before calling `run`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
port="${PORT:-5099}"
work="$(mktemp -d /tmp/pp-bench-XXXXXX)"
chmod 755 "$work"
for tool in wrk taskset; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk util-linux)" >&2; exit 1; }
done
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
[[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL is missing (apt-get install -y postgresql)" >&2; exit 1; }
[[ "$(nproc)" -ge 2 ]] || { echo "needs two cores (server on core 1, load on core 0)" >&2; exit 1; }

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [[ -f "$work/pg/data/postmaster.pid" ]] && as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: as root the cluster runs as the postgres user.
as_pg() { if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts the throwaway cluster; sets pgport. pg_connection NAME gives a connection string to database NAME,
# made by pg_database NAME.
start_postgres() {
    mkdir -p "$work/pg"
    [[ "$(id -u)" -eq 0 ]] && chown postgres:postgres "$work/pg"
    pgport="$(free_port)"
    as_pg "$pgbin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
    as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
        -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start >/dev/null
    taskset -a -cp 0 "$(head -1 "$work/pg/data/postmaster.pid")" >/dev/null
}
pg_sql() { as_pg "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres "$@"; }
pg_database() { pg_sql -qc "CREATE DATABASE \"$1\" ENCODING 'UTF8' TEMPLATE template0"; }
pg_connection() { echo "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=$1"; }

build_portal() {
    dotnet build src/PublishingPortal.Web -c Release -v q -nologo >/dev/null
    app="$PWD/src/PublishingPortal.Web/bin/Release/net10.0/PublishingPortal.Web.dll"
    common=(--Logging:FileFolder="$work/logs" --Serilog:MinimumLevel:Default=Warning
            --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning
            --Schedule:Enabled=false --Admin:Password=bench-password-2024)
}

# import LABEL FOLDER SETTINGS...: the real import command into the database the settings name; prints the time
# and sets import_seconds.
import_exports() {
    local label="$1" folder="$2"; shift 2
    local start; start=$(date +%s)
    (cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production dotnet "$app" import "$folder" "$@" "${common[@]}" >/dev/null)
    import_seconds=$(( $(date +%s) - start ))
    echo "$label: imported $(ls "$folder" | wc -l) articles in $import_seconds s"
}

base="http://127.0.0.1:$port"

# start_server SETTINGS...: runs the portal (Release, Production) on $base, pinned to core 1; sets server.
start_server() {
    (cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$app" --urls "$base" "$@" "${common[@]}" >"$work/server.log" 2>&1) &
    server=$!
    pids+=("$server")
    for _ in $(seq 1 120); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.5; done
    taskset -a -cp 1 "$server" >/dev/null
    curl -fs "$base/" -o "$work/home.html" || { echo "the portal did not answer; its log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; }

# Every URL is warmed for 3 s first (output cache filled, connection pools open, the JIT's tiers done): without it
# whichever URL ran first, the static file, measured half its speed.
warm() {
    local url="$1"; shift
    curl -fs "$@" "$url" -o /dev/null
    taskset -c 0 wrk -t1 -c16 -d3s "$@" "$url" >/dev/null
}

# The server's user + system CPU time in clock ticks: its cost per request holds when other work shares the core.
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

# run NAME URL [WRK ARGS...]: one measurement at 16 connections; prints req/s, p50, p99 and the ratio to the
# static file (static_rps, when set) and the server's CPU time per request; sets last_rps and last_out.
run() {
    local name="$1" url="$2"; shift 2
    local rps p50 p99 requests cpu_before cpu_after
    cpu_before="$(server_cpu_ticks)"
    last_out="$(taskset -c 0 wrk -t1 -c16 -d"${seconds}s" --timeout 10s --latency "$@" "$url")"
    cpu_after="$(server_cpu_ticks)"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$last_out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$last_out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$last_out")"
    requests="$(awk '/requests in/ {print $1}' <<<"$last_out")"
    printf '  %-26s %10s req/s  p50 %-9s p99 %-9s %-18s %s\n' "$name" "$rps" "$p50" "$p99" \
        "$(awk -v a="$rps" -v b="${static_rps:-$rps}" 'BEGIN {printf "%.4f x static", a / b}')" \
        "$(awk -v t=$((cpu_after - cpu_before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.3f ms CPU/req", t * 1000 / hz / n}')"
    # Requests still unanswered after wrk's timeout are not in the latencies: say so.
    grep -q 'Socket errors' <<<"$last_out" && echo "    wrk: $(grep 'Socket errors' <<<"$last_out" | sed 's/^ *//')"
    last_rps="$rps"
}
