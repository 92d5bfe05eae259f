#!/usr/bin/env bash
# Lighthouse (performance, accessibility, best practices, SEO) on the home page, a document, the
# chronology and the search page of a fresh build of the real seeds, served on 127.0.0.1.
#   scripts/lighthouse.sh [OUT_DIR [PAGE...]]   (reports as JSON; default: target/lighthouse;
#   PAGE: home, document, chronology, search; default all four)
# Prints one line of scores per page; exits 1 if any is below 95 (performance) or 100 (the others).
# Slow (about 15 s a page), so it is not part of mvn verify. Mobile emulation, Lighthouse's default.
source "$(dirname "${BASH_SOURCE[0]}")/web-tools.sh"
out="$(mkdir -p "${1:-$here/target/lighthouse}" && cd "${1:-$here/target/lighthouse}" && pwd)"
shift || true
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(home document chronology search)
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
status=0
for name in "${pages[@]}"; do
  case "$name" in
    home) url="${base}" ;;  # the home page's own address (its canonical): the folder, not index.html
    document) url="${base}$doc" ;;
    chronology) url="${base}chronology.html" ;;
    search) url="${base}search.html?q=cultural" ;;
  esac
  node "$tools/node_modules/lighthouse/cli/index.js" "$url" --quiet --output=json --output-path="$out/$name.json" \
    --chrome-flags="$flags --user-data-dir=$work/profile-$name" \
    --only-categories=performance,accessibility,best-practices,seo
  node -e '
    const r = require(process.argv[1]);
    const s = Object.fromEntries(Object.entries(r.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    const low = (s.performance < 95) || ["accessibility", "best-practices", "seo"].some(k => s[k] < 100);
    console.log(process.argv[2].padEnd(11), Object.entries(s).map(([k, v]) => k + " " + v).join(", "), low ? "  BELOW TARGET" : "");
    for (const a of Object.values(r.audits)) {
      if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual"
          && a.scoreDisplayMode !== "notApplicable") console.log("    " + a.id + ": " + a.title + (a.displayValue ? " (" + a.displayValue + ")" : ""));
    }
    process.exit(low ? 1 : 0);
  ' "$out/$name.json" "$name" || status=1
done
exit $status
