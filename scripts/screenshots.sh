#!/usr/bin/env bash
# Full-page PNG screenshots of every page type (home, documents, original, chronology, search, lists,
# editorial pages) at desktop (1280 px) and phone (390 px), light, dark and printed, from a fresh
# build of the real seeds.   scripts/screenshots.sh [OUT_DIR]   (default: target/screenshots)
# Needs Debian's chromium, fonts-noto-cjk (Chinese renders as boxes without it), node and python3.
source "$(dirname "${BASH_SOURCE[0]}")/web-tools.sh"
out="$(mkdir -p "${1:-$here/target/screenshots}" && cd "${1:-$here/target/screenshots}" && pwd)"
fc-list :lang=zh | grep -q . || echo "warning: no Chinese font installed (apt-get install -y fonts-noto-cjk)" >&2
node "$here/scripts/screenshots.mjs" "$base" "$out" "$doc" "$site"
