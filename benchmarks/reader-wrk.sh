#!/usr/bin/env bash
# Reader-page throughput: starts the portal in Release on 127.0.0.1 with a fresh SQLite database holding
# 10,000 imported articles (plus the demo content), then runs wrk against the home page, an article, a
# section page, search, and a static file of the same size as the article page served by the same
# server in the same run. Prints requests/s and p99 latency for each; stops the portal by its PID.
# Usage: benchmarks/reader-wrk.sh [ARTICLES=10000] [SECONDS=15]
# On PostgreSQL instead: PORTAL_PG=postgresql://USER@HOST:PORT/DATABASE benchmarks/reader-wrk.sh (an empty database).
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
seconds="${2:-15}"
port=5099
work="$(mktemp -d /tmp/pp-bench-XXXXXX)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build src/PublishingPortal.Web -c Release -v q -nologo >/dev/null
app="src/PublishingPortal.Web/bin/Release/net10.0/PublishingPortal.Web.dll"
settings=(--ConnectionStrings:Portal="Data Source=$work/portal.db" --Site:MediaPath="$work/media"
          --Logging:FileFolder="$work/logs" --Serilog:MinimumLevel:Default=Warning
          --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning
          --Schedule:Enabled=false --Admin:Password=bench-password-2024)
pg="${PORTAL_PG:-}"
if [[ -n "$pg" ]]; then
    npgsql="$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(f"Host={p.hostname};Port={p.port or 5432};Username={p.username};Database={p.path[1:]}" + (f";Password={u.unquote(p.password)}" if p.password else ""))' "$pg")"
    settings[0]="--ConnectionStrings:Portal=$npgsql"
    settings+=(--Database:Provider=PostgreSql)
fi

python3 benchmarks/make-legacy-exports.py "$work/exports" "$articles"
start=$(date +%s)
(cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production dotnet "../../$app" import "$work/exports" "${settings[@]}" >/dev/null)
echo "imported $articles articles in $(( $(date +%s) - start )) s"

# Spread the imported articles over the demo sections so section pages have thousands of rows.
if [[ -n "$pg" ]]; then
    psql -q "$pg" -c 'UPDATE "Articles" SET "CategoryId" = ("Id" % (SELECT count(*) FROM "Categories")) + (SELECT min("Id") FROM "Categories") WHERE "CategoryId" IS NULL' -c 'VACUUM ANALYZE'
else
python3 - "$work/portal.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in db.execute("SELECT Id FROM Categories ORDER BY Id")]
db.execute(f"UPDATE Articles SET CategoryId = (Id % {len(ids)}) + {min(ids)} WHERE CategoryId IS NULL")
db.commit()
PY
fi

(cd src/PublishingPortal.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet "../../$app" --urls "http://127.0.0.1:$port" "${settings[@]}" >"$work/server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.5; done

base="http://127.0.0.1:$port"
curl -fs "$base/" -o "$work/home.html" || { echo "the portal did not answer; its log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
article="$(grep -o 'href="/tin-tuc/[^"]*"' "$work/home.html" | sed -n '1s/href="//;1s/"$//p')"
section="$(grep -o 'href="/chuyen-muc/[^"]*"' "$work/home.html" | sed -n '1s/href="//;1s/"$//p')"
mkdir -p "$work/media/demo"
curl -fs "$base$article" -o "$work/media/demo/article-copy.html"
echo "article page: $(stat -c %s "$work/media/demo/article-copy.html") bytes"

run() {
    local name="$1" url="$2"
    curl -fs "$url" -o /dev/null    # warm the output cache
    local out
    out="$(wrk -t2 -c32 -d"${seconds}s" --latency "$url")"
    local rps p99
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    printf '%-28s %12s req/s   p99 %s\n' "$name" "$rps" "$p99"
}

echo "wrk -t2 -c32 -d${seconds}s, $(nproc) cores shared by wrk and the server"
run "home /" "$base/"
run "article" "$base$article"
run "section" "$base$section"
run "section page 50" "$base$section?trang=50"
run "search (not cached)" "$base/tim-kiem?q=hoi+nghi+tong+ket"
run "static file, same size" "$base/media/demo/article-copy.html"
