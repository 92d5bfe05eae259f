# Sourced by screenshots.sh and lighthouse.sh: the browser tools they need, and a freshly built site
# served on 127.0.0.1.
#
# Lighthouse 12 (13 needs Node 22) and the puppeteer-core it brings are installed on first use into
# a cache folder, not into package.json: they are large and only these scripts use them.
#   DOCEDITION_WEB_TOOLS  the cache folder (default ~/.cache/docedition-web-tools)
#   CHROME_PATH           the browser (default /usr/bin/chromium, Debian's)
#   EDITION               the edition command that builds the site (default ./edition)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${DOCEDITION_WEB_TOOLS:-$HOME/.cache/docedition-web-tools}"
lighthouse_version=12.8.2
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] || { echo "$CHROME_PATH not found (apt-get install -y chromium fonts-noto-cjk)" >&2; exit 2; }

if [ "$(node -p "try{require('$tools/node_modules/lighthouse/package.json').version}catch(e){''}")" != "$lighthouse_version" ]; then
  echo "installing lighthouse@$lighthouse_version into $tools ..." >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error --save-exact "lighthouse@$lighthouse_version" >&2
fi
export NODE_PATH="$tools/node_modules"

work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

# serve first, so the site can be built with its real address (canonical links match the server)
mkdir -p "$work/site"
python3 "$here/scripts/serve-site.py" "$work/site" "$work/port" & server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$work/port")/"
"${EDITION:-$here/edition}" build --out "$work/site" --site-url "$base" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
site="$work/site"
# a document with a Chinese original: the page type with the most to show
doc="documents/$(cd "$site/documents" && ls *.zh.html | head -1 | sed 's/\.zh\.html$/.html/')"
