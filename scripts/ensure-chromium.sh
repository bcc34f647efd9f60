#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium through Playwright (Playwright's own browser
# downloads are not used). Install it when it is missing and we can; otherwise say how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<MSG
Chromium is needed for the end-to-end tests and was not found at $CHROMIUM.
Install it, then run npm test again:
  sudo apt-get install -y chromium        (Debian/Ubuntu)
or point CHROMIUM_PATH at an installed Chromium or Chrome binary.
MSG
exit 1
