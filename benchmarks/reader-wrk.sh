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
#   search                not cached (Authorization header): a phrase found in many articles, and one found in none
# Prints req/s and p99 per URL and the ratio to the static file. Stops everything it started by PID.
# Usage: benchmarks/reader-wrk.sh [ARTICLES=10000] [SECONDS=10]
articles="${1:-10000}"
seconds="${2:-10}"
source "$(dirname "$0")/wrk-common.sh"
command -v redis-server >/dev/null || { echo "redis-server is missing (apt-get install -y redis-server)" >&2; exit 1; }

start_postgres
pg_database portal
pg="$(pg_connection portal)"

redisport="$(free_port)"
taskset -c 0 redis-server --port "$redisport" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" \
    --logfile "$work/redis.log" &
pids+=($!)

build_portal
sqlite=(--Database:Provider=Sqlite --ConnectionStrings:Portal="Data Source=$work/portal.db" --Site:MediaPath="$work/media-sqlite")
postgres=(--Database:Provider=PostgreSql --ConnectionStrings:Portal="$pg" --Site:MediaPath="$work/media-pg")

python3 benchmarks/make-legacy-exports.py "$work/exports" "$articles"
for db in sqlite postgres; do
    declare -n settings="$db"
    import_exports "$db" "$work/exports" "${settings[@]}"
done

# Spread the imported articles over the demo sections so section pages have thousands of rows.
spread='UPDATE "Articles" SET "CategoryId" = ("Id" % (SELECT COUNT(*) FROM "Categories")) + (SELECT MIN("Id") FROM "Categories") WHERE "CategoryId" IS NULL'
python3 -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute(sys.argv[2]); d.commit()' "$work/portal.db" "$spread"
pg_sql -d portal -qc "$spread; ANALYZE"

measure() {
    local label="$1"; shift
    start_server "$@"
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
    warm "$base/tim-kiem?q=hoi+nghi" -H "Authorization: Bearer bench"
    static_rps=""
    run "static file, same bytes" "$base/media/demo/article-copy.html"
    static_rps="$last_rps"
    run "home /" "$base/"
    run "article" "$base$article"
    run "section" "$base$section"
    run "section page 50" "$base$section?trang=50"
    run "article (not cached)" "$base$article" -H "Authorization: Bearer bench"
    echo "  search \"hoi nghi\": $(curl -fs "$base/tim-kiem?q=hoi+nghi" | grep -o "Tìm thấy [0-9.,]* bài\|Không tìm thấy" | head -1)"
    run "search, many hits" "$base/tim-kiem?q=hoi+nghi" -H "Authorization: Bearer bench"
    run "search, no hit" "$base/tim-kiem?q=hoi+nghi+tong+ket" -H "Authorization: Bearer bench"
    stop_server
}

measure "SQLite, in-memory cache" "${sqlite[@]}"
measure "PostgreSQL, in-memory cache" "${postgres[@]}"
measure "PostgreSQL, Redis cache" "${postgres[@]}" --ConnectionStrings:Redis="127.0.0.1:$redisport"
