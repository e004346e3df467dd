#!/usr/bin/env bash
# Headless Chromium and its WebDriver for the console's browser tests, from Debian's packages
# (never a browser build downloaded by a test library). Idempotent: installs only what is missing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
command -v apt-get >/dev/null 2>&1 || { echo "browser: apt-get not available; install: ${missing[*]}" >&2; exit 1; }
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "browser: need root to install ${missing[*]}" >&2; exit 1
  fi
}
echo "==> installing ${missing[*]} (apt)" >&2
as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  --no-install-recommends "${missing[@]}"
