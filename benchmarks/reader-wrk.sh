#!/usr/bin/env bash
# Reader-page throughput on each database and output-cache store, measured as ratios in one run per configuration.
# Imports ARTICLES legacy exports (benchmarks/make-legacy-exports.py) once into SQLite and once into a throwaway
# PostgreSQL cluster (Debian's binaries, 127.0.0.1, its own temp folder), then runs the portal (Release) three
# times: SQLite + in-memory cache, PostgreSQL + in-memory cache, PostgreSQL + Redis cache (a throwaway
# redis-server on 127.0.0.1). Each time it measures, with the server pinned to core 1 and wrk (and PostgreSQL,
# Redis) pinned to core 0:
#   static file           a copy of the article page, same bytes, served by the same server (the yardstick)
#   home, article, section, section page 50   from the output cache
#   article (not cached)  the same article built from the database (an Authorization header bypasses the cache)
#   search                never cached: a phrase found in many articles, and one found in none
# Prints req/s and p99 per URL and the ratio to the static file. Stops everything it started by PID.
# Usage: benchmarks/reader-wrk.sh [ARTICLES=10000] [SECONDS=10]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
seconds="${2:-10}"
port=5099
work="$(mktemp -d /tmp/pp-bench-XXXXXX)"
chmod 755 "$work"
for tool in wrk taskset redis-server; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk util-linux redis-server)" >&2; exit 1; }
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

mkdir -p "$work/pg"
[[ "$(id -u)" -eq 0 ]] && chown postgres:postgres "$work/pg"
pgport="$(free_port)"
as_pg "$pgbin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start >/dev/null
taskset -a -cp 0 "$(head -1 "$work/pg/data/postmaster.pid")" >/dev/null
pg="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=portal"
as_pg "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE portal ENCODING 'UTF8' TEMPLATE template0"

redisport="$(free_port)"
taskset -c 0 redis-server --port "$redisport" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" \
    --logfile "$work/redis.log" &
pids+=($!)

dotnet build src/PublishingPortal.Web -c Release -v q -nologo >/dev/null
app="$PWD/src/PublishingPortal.Web/bin/Release/net10.0/PublishingPortal.Web.dll"
common=(--Logging:FileFolder="$work/logs" --Serilog:MinimumLevel:Default=Warning
        --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning
        --Schedule:Enabled=false --Admin:Password=bench-password-2024)
sqlite=(--Database:Provider=Sqlite --ConnectionStrings:Portal="Data Source=$work/portal.db" --Site:MediaPath="$work/media-sqlite")
postgres=(--Database:Provider=PostgreSql --ConnectionStrings:Portal="$pg" --Site:MediaPath="$work/media-pg")

python3 benchmarks/make-legacy-exports.py "$work/exports" "$articles"
for db in sqlite postgres; do
    declare -n settings="$db"
    start=$(date +%s)
    (cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production dotnet "$app" import "$work/exports" "${settings[@]}" "${common[@]}" >/dev/null)
    echo "$db: imported $articles articles in $(( $(date +%s) - start )) s"
done

# Spread the imported articles over the demo sections so section pages have thousands of rows.
spread='UPDATE "Articles" SET "CategoryId" = ("Id" % (SELECT COUNT(*) FROM "Categories")) + (SELECT MIN("Id") FROM "Categories") WHERE "CategoryId" IS NULL'
python3 -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute(sys.argv[2]); d.commit()' "$work/portal.db" "$spread"
as_pg "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -d portal -qc "$spread; ANALYZE"

base="http://127.0.0.1:$port"
# Every URL is warmed for 3 s first (output cache filled, connection pools open, the JIT's tiers done): without it
# whichever URL ran first, the static file, measured half its speed.
warm() {
    local url="$1"; shift
    curl -fs "$@" "$url" -o /dev/null
    taskset -c 0 wrk -t1 -c16 -d3s "$@" "$url" >/dev/null
}

run() {
    local name="$1" url="$2"; shift 2
    local out rps p99
    out="$(taskset -c 0 wrk -t1 -c16 -d"${seconds}s" --latency "$@" "$url")"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    printf '  %-24s %10s req/s   p99 %-9s %s\n' "$name" "$rps" "$p99" "$(awk -v a="$rps" -v b="${static_rps:-$rps}" 'BEGIN {printf "%.2f x static", a / b}')"
    last_rps="$rps"
}

measure() {
    local label="$1"; shift
    (cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$app" --urls "$base" "$@" "${common[@]}" >"$work/server.log" 2>&1) &
    local server=$!
    pids+=("$server")
    for _ in $(seq 1 120); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.5; done
    taskset -a -cp 1 "$server" >/dev/null
    curl -fs "$base/" -o "$work/home.html" || { echo "the portal did not answer; its log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    local article section media
    article="$(grep -o 'href="/tin-tuc/[^"]*"' "$work/home.html" | sed -n '1s/href="//;1s/"$//p')"
    section="$(grep -o 'href="/chuyen-muc/[^"]*"' "$work/home.html" | sed -n '1s/href="//;1s/"$//p')"
    media="$(grep -o -- '--Site:MediaPath=[^ ]*' <<<"$*" | cut -d= -f2)"
    mkdir -p "$media/demo"
    curl -fs "$base$article" -o "$media/demo/article-copy.html"
    echo "$label (article page $(stat -c %s "$media/demo/article-copy.html") bytes; server on core 1, wrk -t1 -c16 on core 0)"
    warm "$base/media/demo/article-copy.html"
    warm "$base/"
    warm "$base$article"
    warm "$base$section"
    warm "$base$section?trang=50"
    warm "$base$article" -H "Authorization: Bearer bench"
    warm "$base/tim-kiem?q=hoi+nghi"
    static_rps=""
    run "static file, same bytes" "$base/media/demo/article-copy.html"
    static_rps="$last_rps"
    run "home /" "$base/"
    run "article" "$base$article"
    run "section" "$base$section"
    run "section page 50" "$base$section?trang=50"
    run "article (not cached)" "$base$article" -H "Authorization: Bearer bench"
    echo "  search \"hoi nghi\": $(curl -fs "$base/tim-kiem?q=hoi+nghi" | grep -o "Tìm thấy [0-9.,]* bài\|Không tìm thấy" | head -1)"
    run "search, many hits" "$base/tim-kiem?q=hoi+nghi"
    run "search, no hit" "$base/tim-kiem?q=hoi+nghi+tong+ket"
    kill "$server"; wait "$server" 2>/dev/null || true
}

measure "SQLite, in-memory cache" "${sqlite[@]}"
measure "PostgreSQL, in-memory cache" "${postgres[@]}"
measure "PostgreSQL, Redis cache" "${postgres[@]}" --ConnectionStrings:Redis="127.0.0.1:$redisport"
