#!/usr/bin/env bash
# Rebuilds src/PublishingPortal.Web/wwwroot/lib/prosemirror/ from the versions pinned in
# package-lock.json: npm ci in a temporary copy, one minified IIFE bundle (window.PM) made by the
# pinned esbuild, each package's licence and a VERSIONS.txt beside it. Commit the result: CI has no npm
# step. To move to newer versions: edit package.json, run `npm install --package-lock-only` here,
# then this script, then the editor's browser tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/PublishingPortal.Web/wwwroot/lib/prosemirror"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/entry.js" "$work/"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error
mkdir -p "$out"
rm -f "$out"/*
node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --global-name=PM \
  --target=es2020 --legal-comments=none --outfile="$out/prosemirror.min.js"
# Licences and versions of every package inside the bundle (dependencies included, dev tools not).
npm ls --omit=dev --all --parseable | tail -n +2 | while read -r dir; do
  name="$(node -p "require('$dir/package.json').name")"
  version="$(node -p "require('$dir/package.json').version")"
  echo "$name@$version"
  licence="$(ls "$dir" | grep -iE '^(licen[cs]e|copying)' | head -n 1 || true)"
  if [ -n "$licence" ]; then
    cp "$dir/$licence" "$out/LICENSE.$(echo "$name" | tr '/@' '__')"
  else
    echo "no licence file in $name@$version" >&2
    exit 1
  fi
done | sort -u > "$out/VERSIONS.txt"
ls -l "$out"
