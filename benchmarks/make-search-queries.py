#!/usr/bin/env python3
"""Writes the wrk Lua script of the search benchmark: COUNT distinct reader queries of one to four words drawn
from the vocabulary of make-legacy-exports.py (deterministic seed), a mix of folded words ("hoi nghi"), words
with diacritics ("hội nghị") and quoted phrases ("\"công tác năm\""), each sent once per round, in turn.
Every request carries an Authorization header, which the output cache never answers from nor stores (its default
policy), so each one builds the page; the script counts answers with an Age header (served from the cache) and
answers other than 200, and prints both at the end (both must be 0).
Usage: make-search-queries.py OUT.lua [COUNT=1000]"""
import importlib.util
import os
import random
import sys
import unicodedata
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("exports", os.path.join(here, "make-legacy-exports.py"))
exports = importlib.util.module_from_spec(spec)
spec.loader.exec_module(exports)
WORDS = sorted(set(w.lower() for w in exports.WORDS))


def fold(word):
    # What a reader without a Vietnamese keyboard types: no tone marks, đ as d.
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def queries(count):
    rng = random.Random(12)
    seen, out = set(), []
    while len(out) < count:
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
        kind = rng.random()
        if kind < 0.55:
            text = " ".join(fold(w) for w in words)
        elif kind < 0.85:
            text = " ".join(words)
        else:
            phrase = words if len(words) > 1 else words + [rng.choice(WORDS)]
            text = '"' + " ".join(phrase) + '"'
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


LUA = """-- Made by benchmarks/make-search-queries.py: %(count)d distinct search queries, rotated; see that script.
local paths = {
%(paths)s
}
local threads = {}
local i = 0
hits, errors = 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function request()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i], { ["Authorization"] = "Bearer bench" })
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
  if headers["Age"] or headers["age"] then hits = hits + 1 end
end

function done(summary, latency, requests)
  local h, e = 0, 0
  for _, t in ipairs(threads) do
    h = h + t:get("hits")
    e = e + t:get("errors")
  end
  io.write(string.format("cache hits %%d, non-200 %%d\\n", h, e))
end
"""


def main():
    out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    paths = ["/tim-kiem?q=" + urllib.parse.quote_plus(q) for q in queries(count)]
    with open(out, "w", encoding="utf-8") as f:
        f.write(LUA % {"count": count, "paths": ",\n".join('  "%s"' % p for p in paths)})
    with open(out + ".txt", "w", encoding="utf-8") as f:
        f.write("\n".join(paths) + "\n")


if __name__ == "__main__":
    main()
