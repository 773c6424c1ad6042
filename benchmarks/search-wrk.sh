#!/usr/bin/env bash
# Search throughput (issue 12) at each archive size, on SQLite and on PostgreSQL, measured against a static file in
# the same run. For each size it writes that many legacy exports (benchmarks/make-legacy-exports.py), imports them
# through the real `import` command (search index included, timed) into a fresh SQLite file and into a fresh
# database of a throwaway PostgreSQL cluster (127.0.0.1, pinned to core 0), then runs the portal (Release) with the
# server pinned to core 1 and wrk -t1 -c16 on core 0, each URL warmed 3 s, then measured DURATION seconds:
#   static file 30 KB        a 30,720-byte file served by the same server (the yardstick)
#   article                  an article page from the output cache
#   article (not cached)     the same page built from the database (an Authorization header bypasses the cache)
#   search, 1,000 queries    benchmarks/make-search-queries.py: 1,000 distinct queries of 1–4 words of the corpus
#                            (folded, with diacritics, quoted phrases) rotated; each carries an Authorization header
#                            so none is answered from the output cache: the Lua script counts answers with an Age
#                            header (cache hits) and non-200s, and the run fails unless both are 0
# Prints req/s, p50, p99 and the ratio to the static file. Stops everything it started by PID.
# Usage: [ARTICLES="2000 100000"] [DATABASES="sqlite postgres"] [DURATION=10] [CHECKED=30] benchmarks/search-wrk.sh
#   e.g. ARTICLES=2000 DURATION=5 benchmarks/search-wrk.sh    (a short run: one size, 5 s per URL)
# CHECKED: how many of the queries are first fetched one by one (status 200, found or not) before the clock runs.
# wrk waits up to 10 s for an answer (its default of 2 s would count slow searches as errors, not as latency).
# (DURATION, not SECONDS: bash keeps its own SECONDS.)
sizes="${ARTICLES:-2000 100000}"
databases="${DATABASES:-sqlite postgres}"
seconds="${DURATION:-10}"
checked="${CHECKED:-30}"
source "$(dirname "$0")/wrk-common.sh"

build_portal
[[ " $databases " == *" postgres "* ]] && start_postgres
python3 benchmarks/make-search-queries.py "$work/queries.lua" 1000

measure() {
    local label="$1"; shift
    start_server "$@"
    local article media out
    article="$(grep -o 'href="/tin-tuc/[^"]*"' "$work/home.html" | sed -n '1s/href="//;1s/"$//p')"
    media="$(grep -o -- '--Site:MediaPath=[^ ]*' <<<"$*" | cut -d= -f2)"
    mkdir -p "$media/demo"
    head -c 30720 /dev/urandom | base64 -w 100 | head -c 30720 >"$media/demo/static-30k.txt"
    echo "$label (server on core 1, wrk -t1 -c16 on core 0, ${seconds} s per URL)"
    # The first queries answer 200 (and the share that finds something), before the clock runs.
    local found=0 none=0 status
    while read -r path; do
        status="$(curl -s --max-time 120 -o "$work/page.html" -w '%{http_code}' -H "Authorization: Bearer bench" "$base$path")"
        [[ "$status" == 200 ]] || { echo "  $path answered $status" >&2; exit 1; }
        if grep -q 'Không tìm thấy' "$work/page.html"; then none=$((none + 1)); else found=$((found + 1)); fi
    done < <(head -"$checked" "$work/queries.lua.txt")
    echo "  first $checked queries: $found find articles, $none find none"
    warm "$base/media/demo/static-30k.txt"
    warm "$base$article"
    warm "$base$article" -H "Authorization: Bearer bench"
    taskset -c 0 wrk -t1 -c16 -d3s -s "$work/queries.lua" "$base/" >/dev/null
    static_rps=""
    run "static file 30 KB" "$base/media/demo/static-30k.txt"
    static_rps="$last_rps"
    run "article" "$base$article"
    run "article (not cached)" "$base$article" -H "Authorization: Bearer bench"
    run "search, 1,000 queries" "$base/" -s "$work/queries.lua"
    out="$(grep '^cache hits' <<<"$last_out")"
    echo "  search: $out"
    [[ "$out" == "cache hits 0, non-200 0" ]] || { echo "the search run was not all uncached 200s" >&2; exit 1; }
    stop_server
}

for size in $sizes; do
    python3 benchmarks/make-legacy-exports.py "$work/exports-$size" "$size"
    for db in $databases; do
        case "$db" in
            sqlite) settings=(--Database:Provider=Sqlite --ConnectionStrings:Portal="Data Source=$work/portal-$size.db") ;;
            postgres) pg_database "portal_$size"
                      settings=(--Database:Provider=PostgreSql --ConnectionStrings:Portal="$(pg_connection "portal_$size")") ;;
            *) echo "unknown database $db (sqlite, postgres)" >&2; exit 1 ;;
        esac
        settings+=(--Site:MediaPath="$work/media-$db-$size")
        import_exports "$db, $size articles" "$work/exports-$size" "${settings[@]}"
        [[ "$db" == postgres ]] && pg_sql -d "portal_$size" -qc "ANALYZE"
        measure "$db, $size articles" "${settings[@]}"
    done
    rm -rf "$work/exports-$size"
done
