#!/usr/bin/env bash
# Smoke test of the Debian package on this machine, as a user installs and double-clicks it:
#
#   packaging/deb_smoke.sh dist/citebrief_VERSION_ARCH.deb
#
# 1. `apt-get install ./citebrief_*.deb` (needs root; the script says so and stops otherwise);
# 2. the command, desktop entry, icons, MIME type and AppStream metadata are in their system places and
#    valid, and *.citebrief files are application/x-citebrief, opened by citebrief.desktop;
# 3. a saved brief is opened through that association (`xdg-open` under Xvfb, as a file manager does), and
#    the window reports the brief it shows (the self-check mode of citebrief/gui/smoke.py);
# 4. `apt-get remove citebrief` leaves none of its files and the association behind.
set -euo pipefail

deb="$(realpath "${1:?usage: packaging/deb_smoke.sh CITEBRIEF.deb}")"
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" != "0" ]; then
  echo "deb-smoke: installing a package needs root; run as root to test $deb"
  exit 2
fi
for tool in Xvfb xdg-open xdg-mime; do
  command -v "$tool" >/dev/null || { echo "deb-smoke: $tool is missing (xvfb, xdg-utils)" >&2; exit 2; }
done

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

# Part of a log on stderr. awk reads its whole input: with pipefail, `head` closing the pipe early
# would fail the pipeline and stop the script (set -e) in the middle of reporting.
excerpt() { awk -v n="$2" 'NR <= n { print "    " $0 }' "$1" >&2; }
excerpt_end() { tail -n "$2" "$1" | awk '{ print "    " $0 }' >&2; }

failures=0
fail() { echo "deb-smoke: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "deb-smoke: ok: $*"; }
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@" >"$work/apt.log" 2>&1; }

# --- 1. install -----------------------------------------------------------------------------------
if apt_get install --no-install-recommends "$deb"; then
  pass "apt-get install $(basename "$deb")"
else
  excerpt_end "$work/apt.log" 20
  echo "deb-smoke: FAIL: the package does not install" >&2
  exit 1
fi

# --- 2. files in their places ----------------------------------------------------------------------
files=(/usr/bin/citebrief /usr/lib/citebrief/citebrief /usr/share/applications/citebrief.desktop
  /usr/share/mime/packages/citebrief.xml /usr/share/metainfo/org.citebrief.Citebrief.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/citebrief.svg /usr/share/icons/hicolor/48x48/apps/citebrief.png
  /usr/share/icons/hicolor/scalable/mimetypes/application-x-citebrief.svg)
missing=""
for f in "${files[@]}"; do [ -e "$f" ] || missing="$missing $f"; done
if [ -z "$missing" ]; then pass "installed files in their system places"; else fail "not installed:$missing"; fi

version="$(env -i PATH=/usr/bin:/bin HOME="$work/home" citebrief --version 2>&1 || true)"
[[ "$version" == citebrief\ [0-9]* ]] && pass "citebrief on the PATH: $version" || fail "citebrief --version: $version"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate --no-hints /usr/share/applications/citebrief.desktop && pass "desktop entry valid" ||
    fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/org.citebrief.Citebrief.metainfo.xml >/dev/null &&
    pass "AppStream metadata valid" || fail "appstreamcli validate"
fi

samples=/usr/lib/citebrief/_internal/citebrief/resources/samples
cp -r "$samples" "$work/articles"
env -i PATH=/usr/bin:/bin HOME="$work/home" citebrief brief "$work/articles" --format json -q \
  -o "$work/brief.json"
python3 "$here/brief_file.py" "$work/brief.json" "$work/articles" "$work/saved.citebrief"

filetype="$(HOME="$work/home" xdg-mime query filetype "$work/saved.citebrief" 2>/dev/null || true)"
[ "$filetype" = "application/x-citebrief" ] && pass "*.citebrief is $filetype" ||
  fail "*.citebrief is '$filetype', not application/x-citebrief"
handler="$(HOME="$work/home" xdg-mime query default application/x-citebrief 2>/dev/null || true)"
[ "$handler" = "citebrief.desktop" ] && pass "application/x-citebrief opens with $handler" ||
  fail "application/x-citebrief opens with '$handler', not citebrief.desktop"

# --- 3. double-click a brief file, on a real X server ---------------------------------------------
display=""
for n in $(seq 90 120); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
report="$work/report"
env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" DISPLAY="$display" \
  LANG=C.UTF-8 CITEBRIEF_SMOKE_QUIT_AFTER_MS=20000 CITEBRIEF_SMOKE_REPORT="$report" \
  timeout -k 1 30 xdg-open "$work/saved.citebrief" >"$work/open.log" 2>&1 || true
for _ in $(seq 300); do grep -q '^citebrief-smoke: sources' "$report" 2>/dev/null && break; sleep 0.1; done
loaded="$(grep -m1 '^citebrief-smoke: sources' "$report" 2>/dev/null || true)"
if [[ "$loaded" =~ sources\ ([0-9]+)\ items\ ([0-9]+) ]] && [ "${BASH_REMATCH[1]}" -ge 1 ] &&
  [ "${BASH_REMATCH[2]}" -ge 1 ]; then
  pass "xdg-open saved.citebrief: the window shows the brief (${loaded#citebrief-smoke: })"
else
  fail "xdg-open saved.citebrief did not show the brief"
  excerpt "$work/open.log" 20
fi

# --- 4. remove ------------------------------------------------------------------------------------
if apt_get remove citebrief; then
  left=""
  for f in "${files[@]}"; do [ -e "$f" ] || [ -L "$f" ] && left="$left $f"; done
  filetype="$(HOME="$work/home" xdg-mime query filetype "$work/saved.citebrief" 2>/dev/null || true)"
  if [ -n "$left" ]; then
    fail "apt-get remove left:$left"
  elif [ "$filetype" = "application/x-citebrief" ]; then
    fail "apt-get remove left the MIME type behind"
  else
    pass "apt-get remove citebrief leaves nothing behind"
  fi
else
  excerpt_end "$work/apt.log" 20
  fail "apt-get remove citebrief"
fi

if [ "$failures" -gt 0 ]; then
  echo "deb-smoke: $failures check(s) failed" >&2
  exit 1
fi
echo "deb-smoke: all checks passed"
