#!/usr/bin/env bash
# Smoke test of the built (frozen) Citebrief on Linux, as on a clean machine with no network:
#
#   packaging/smoke.sh [APP_DIR]        APP_DIR defaults to dist/citebrief
#
# Every run of the app gets an empty environment (env -i), a fresh HOME, NLTK_DATA pointing at an empty
# folder, and no network. The network is cut with a new network namespace (`unshare -rn`: no interface
# but a downed loopback, no root needed). Where user namespaces are not allowed, the script falls back to
# proxy variables aimed at a closed local port, which stops HTTP clients but not raw sockets; it says so.
#
# Checks: (a) --version; (b) `brief` of the bundled samples, a copied folder and a large folder, to
# Markdown, PDF (read back with pdftotext when installed), JSON and with every algorithm; (c) the window
# opens offscreen on the samples folder and on a saved .citebrief file (and on X11 under Xvfb when it is
# installed), loads a brief and quits by itself within 10 s; (d) the Linux desktop entry, MIME type, icons
# and metadata install into a scratch PREFIX and uninstall again; (e) the bundle holds no nltk_data, no
# unused Qt library and no tkinter, and its Qt plugins find their libraries.
#
# Step (c) uses the app's self-check mode (citebrief/gui/smoke.py): with CITEBRIEF_SMOKE_QUIT_AFTER_MS set,
# it prints "citebrief-smoke: shown <epoch seconds>" once the window is up, then
# "citebrief-smoke: sources N items M" and exits 0 when the brief is ready (or exits 3 after that many ms).
# The start-up time reported is from launching the executable to the window being shown.
# Prints key=value lines (size_mb, startup_seconds, startup_all) for packaging/build.py.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app_dir="$(cd "${1:-$root/dist/citebrief}" 2>/dev/null && pwd || true)"
exe="$app_dir/citebrief"
if [ -z "$app_dir" ] || [ ! -x "$exe" ]; then
  echo "smoke: no built app at ${1:-$root/dist/citebrief} (build it with: python packaging/build.py)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/nltk_data" "$work/out" "$work/runtime"
chmod 700 "$work/runtime"
samples="$app_dir/_internal/citebrief/resources/samples"
cp -r "$samples" "$work/articles"  # a folder of the user's, outside the app

# Part of a log on stderr. awk reads its whole input: with pipefail, `head` closing the pipe early
# would fail the pipeline and stop the script (set -e) in the middle of reporting.
excerpt() { awk -v n="$2" 'NR <= n { print "    " $0 }' "$1" >&2; }
excerpt_end() { tail -n "$2" "$1" | awk '{ print "    " $0 }' >&2; }

failures=0
fail() { echo "smoke: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "smoke: ok: $*"; }

offline=()
proxy_env=()
wrap=()
if unshare -rn true 2>/dev/null; then
  offline=(unshare -rn)
  echo "smoke: network cut with a network namespace (unshare -rn)"
else
  dead=http://127.0.0.1:9
  proxy_env=(http_proxy=$dead https_proxy=$dead all_proxy=$dead HTTP_PROXY=$dead HTTPS_PROXY=$dead
    ALL_PROXY=$dead no_proxy= NO_PROXY=)
  echo "smoke: user namespaces unavailable: network blocked only for HTTP clients (proxy to a closed port)"
fi
for dir in /usr/share/nltk_data /usr/local/share/nltk_data /usr/lib/nltk_data /usr/local/lib/nltk_data; do
  if [ -d "$dir" ]; then echo "smoke: warning: $dir exists on this machine; the app must not need it"; fi
done

# run [VAR=value ...] -- ARGS...: the frozen app in a clean, offline environment.
run() {
  local extra=()
  while [ "$1" != "--" ]; do extra+=("$1"); shift; done
  shift
  "${wrap[@]}" env -i PATH=/usr/bin:/bin HOME="$work/home" NLTK_DATA="$work/nltk_data" \
    XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR="$work" QT_QPA_PLATFORM=offscreen \
    "${proxy_env[@]}" "${extra[@]}" \
    "${offline[@]}" "$exe" "$@"
}

check_stderr() {  # $1: file, $2: step
  if grep -Eq "Traceback|nltk_data|Resource .* not found|LookupError" "$1"; then
    fail "$2 printed an error:"
    excerpt "$1" 20
  fi
}

# --- (a) version -------------------------------------------------------------------------------
if version="$(run -- --version 2>"$work/version.err")" && [[ "$version" == citebrief\ [0-9]* ]]; then
  pass "--version: $version"
else
  fail "--version gave '${version:-}'"
  excerpt "$work/version.err" 20
fi

# --- (b) command line briefs ---------------------------------------------------------------------
names_cited() {  # how many of the sample files a brief names
  local n=0 f
  for f in "$samples"/*; do grep -qF "$(basename "$f")" "$1" && n=$((n + 1)); done
  echo "$n"
}

if run -- brief >"$work/out/default.md" 2>"$work/default.err" && grep -q "Lindmoor" "$work/out/default.md" &&
  [ "$(names_cited "$work/out/default.md")" -ge 2 ]; then
  pass "brief of the bundled samples: $(wc -w <"$work/out/default.md") words," \
    "cites $(names_cited "$work/out/default.md") files"
else
  fail "brief of the bundled samples"
  excerpt "$work/default.err" 20
fi
check_stderr "$work/default.err" "brief of the bundled samples"

if run -- brief "$work/articles" -o "$work/out/brief.md" 2>"$work/md.err" && [ -s "$work/out/brief.md" ] &&
  [ "$(names_cited "$work/out/brief.md")" -ge 2 ]; then
  pass "brief to Markdown: $(wc -l <"$work/out/brief.md") lines"
else
  fail "brief to Markdown"
  excerpt "$work/md.err" 20
fi
check_stderr "$work/md.err" "brief to Markdown"

if run -- brief "$work/articles" -o "$work/out/brief.pdf" 2>"$work/pdf.err" &&
  [ "$(head -c 4 "$work/out/brief.pdf" 2>/dev/null)" = "%PDF" ]; then
  pass "brief to PDF: $(wc -c <"$work/out/brief.pdf") bytes"
  if command -v pdftotext >/dev/null 2>&1 && [ -s "$work/out/brief.md" ]; then
    # The first sentence of the Markdown brief, without its citation marks, must be in the PDF's text.
    first="$(grep -v -e '^#' -e '^\*' -e '^[[:space:]]*$' "$work/out/brief.md" | awk 'NR == 1' |
      sed -e 's/ *\\\[.*$//' -e 's/[\\*_]//g' | tr -s ' ' | cut -d' ' -f1-8)"
    pdftotext -enc UTF-8 "$work/out/brief.pdf" - | tr -s '[:space:]' ' ' >"$work/out/brief.pdf.txt"
    if [ -n "$first" ] && grep -qF -- "$first" "$work/out/brief.pdf.txt"; then
      pass "pdftotext finds \"$first\""
    else
      fail "pdftotext did not find \"$first\" in the PDF"
    fi
  else
    echo "smoke: pdftotext not installed; PDF text not read back"
  fi
else
  fail "brief to PDF"
  excerpt "$work/pdf.err" 20
fi
check_stderr "$work/pdf.err" "brief to PDF"

# Every summariser the command line offers, as the bundle leaves out parts of scipy the app never uses.
algorithms="$(run -- brief --help 2>/dev/null | tr -d '\n ' |
  sed -n 's/.*--algorithm{\([a-z_,]*\)}.*/\1/p' | tr ',' ' ')"
if [ -z "$algorithms" ]; then
  fail "could not read the algorithms from brief --help"
fi
broken=""
for algorithm in $algorithms; do
  if ! run -- brief "$work/articles" --algorithm "$algorithm" --format text -o "$work/out/$algorithm.txt" \
    2>"$work/algo.err" || [ ! -s "$work/out/$algorithm.txt" ]; then
    broken="$broken $algorithm"
    excerpt_end "$work/algo.err" 5
  fi
done
if [ -n "$broken" ]; then
  fail "brief with algorithm(s):$broken"
elif [ -n "$algorithms" ]; then
  pass "brief with each algorithm: $algorithms"
fi

# A large folder: the command line then analyses sentences in worker processes of the frozen executable.
mkdir -p "$work/large"
for i in $(seq 1 110); do
  for f in "$work"/articles/*; do
    sed -e "s/Lindmoor/Lindmoor$i/g" -e "s/Ashby/Ashby$i/g" "$f" >"$work/large/$i-$(basename "$f")"
  done
done
if run -- brief "$work/large" -q --format text -o "$work/out/large.txt" 2>"$work/large.err" &&
  [ -s "$work/out/large.txt" ]; then
  pass "brief of a large folder ($(find "$work/large" -type f | wc -l) articles)"
else
  fail "brief of a large folder"
  excerpt_end "$work/large.err" 10
fi
check_stderr "$work/large.err" "brief of a large folder"
rm -rf "$work/large"

if run -- brief "$work/articles" --format json -o "$work/out/brief.json" 2>"$work/json.err" &&
  [ -s "$work/out/brief.json" ]; then
  pass "brief to JSON"
else
  fail "brief to JSON"
fi

# --- (c) the window, offscreen -----------------------------------------------------------------
startup=""
startups=()
cpus=()
open_window() {  # $1: what to open, $2: label, then VAR=value...; sets startup on success
  local target="$1" label="$2" started shown loaded rc=0
  shift 2
  started="$(date +%s.%N)"
  # The whole run must end within 10 s; a window that does not quit is killed and fails the step.
  wrap=(timeout -k 1 10)
  run CITEBRIEF_SMOKE_QUIT_AFTER_MS=9000 "$@" -- "$target" >"$work/gui.out" 2>"$work/gui.err" || rc=$?
  wrap=()
  shown="$(sed -n 's/^citebrief-smoke: shown \([0-9.]*\).*/\1/p' "$work/gui.out" | awk 'NR == 1')"
  cpu="$(sed -n 's/^citebrief-smoke: shown [0-9.]* cpu \([0-9.]*\).*/\1/p' "$work/gui.out" | awk 'NR == 1')"
  loaded="$(grep -m1 '^citebrief-smoke: sources' "$work/gui.out" || true)"
  if [ "$rc" -eq 0 ] && [ -n "$shown" ] && [[ "$loaded" =~ sources\ ([0-9]+)\ items\ ([0-9]+) ]] &&
    [ "${BASH_REMATCH[1]}" -ge 1 ] && [ "${BASH_REMATCH[2]}" -ge 1 ]; then
    startup="$(awk -v a="$started" -v b="$shown" 'BEGIN { printf "%.2f", b - a }')"
    startups+=("$startup")
    cpus+=("${cpu:-?}")
    pass "window on $label: shown after ${startup} s (${cpu:-?} s of CPU), ${loaded#citebrief-smoke: }, quit cleanly"
  elif [ -z "$shown" ] && [ "$rc" -ne 0 ]; then
    fail "window on $label did not report or quit within 10 s (exit $rc); is the self-check mode" \
      "(CITEBRIEF_SMOKE_QUIT_AFTER_MS, citebrief/gui/smoke.py) in this build?"
    excerpt "$work/gui.err" 20
  else
    fail "window on $label: exit $rc, shown '${shown}', '${loaded}'"
    excerpt "$work/gui.err" 20
  fi
  check_stderr "$work/gui.err" "window on $label"
}

open_window "$work/articles" "the samples folder"
first_startup="$startup"

# A saved brief, as a double-click on a .citebrief file opens it (the brief file wraps the JSON brief).
if command -v python3 >/dev/null 2>&1 && [ -s "$work/out/brief.json" ]; then
  python3 "$root/packaging/brief_file.py" "$work/out/brief.json" "$work/articles" "$work/saved.citebrief"
  open_window "$work/saved.citebrief" "a saved .citebrief file"
fi

# On a real X server too, when Xvfb is installed: the xcb plugin and the X libraries it needs.
if command -v Xvfb >/dev/null 2>&1; then
  display=""
  for n in $(seq 90 120); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
  done
  if [ -n "$display" ]; then
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
    if [ -e "/tmp/.X11-unix/X${display#:}" ]; then
      open_window "$work/articles" "the samples folder on X11 (Xvfb)" QT_QPA_PLATFORM=xcb DISPLAY="$display"
    else
      echo "smoke: warning: Xvfb did not start; the window was opened offscreen only"
    fi
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
else
  echo "smoke: Xvfb not installed; the window was opened offscreen only"
fi

# --- (d) desktop integration ---------------------------------------------------------------------
prefix="$work/prefix"
if [ ! -f "$app_dir/install.sh" ]; then
  fail "$app_dir has no install.sh and share/ (packaging/build.py adds them after PyInstaller)"
fi
if PREFIX="$prefix" PATH="$prefix/bin:$PATH" bash "$app_dir/install.sh" >"$work/install.out" 2>&1 &&
  [ -x "$prefix/bin/citebrief" ] &&
  [ "$(run -- --version 2>/dev/null)" = "$("$prefix/bin/citebrief" --version)" ]; then
  desktop="$prefix/share/applications/citebrief.desktop"
  grep -q "^Exec=\"$prefix/lib/citebrief/citebrief\" %f$" "$desktop" ||
    fail "desktop entry Exec: $(grep ^Exec= "$desktop")"
  [ -f "$prefix/share/icons/hicolor/scalable/apps/citebrief.svg" ] || fail "scalable icon not installed"
  for size in 16 32 48 64 128 256 512; do
    [ -f "$prefix/share/icons/hicolor/${size}x${size}/apps/citebrief.png" ] || fail "${size}px icon not installed"
  done
  [ -f "$prefix/share/metainfo/org.citebrief.Citebrief.metainfo.xml" ] || fail "metainfo not installed"
  if command -v update-mime-database >/dev/null 2>&1; then
    grep -q "application/x-citebrief:\*\.citebrief" "$prefix/share/mime/globs2" ||
      fail "*.citebrief is not application/x-citebrief in the MIME database"
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    grep -q "^application/x-citebrief=citebrief.desktop" "$prefix/share/applications/mimeinfo.cache" ||
      fail "citebrief.desktop is not registered for application/x-citebrief"
  fi
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate --no-hints "$desktop" || fail "desktop-file-validate"
  fi
  if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$prefix/share/metainfo/org.citebrief.Citebrief.metainfo.xml" >/dev/null ||
      fail "appstreamcli validate"
  fi
  PREFIX="$prefix" bash "$prefix/lib/citebrief/install.sh" --uninstall >>"$work/install.out" 2>&1
  if [ -e "$desktop" ] || [ -e "$prefix/lib/citebrief" ] || [ -e "$prefix/bin/citebrief" ] ||
    [ -n "$(find "$prefix/share/icons" -type f 2>/dev/null)" ]; then
    fail "--uninstall left files behind"
  else
    pass "desktop entry, MIME type, icons and metainfo install and uninstall"
  fi
else
  fail "install.sh"
  excerpt "$work/install.out" 20
fi

# --- (e) what is in the bundle -------------------------------------------------------------------
internal="$app_dir/_internal"
unwanted="$(find "$app_dir" \( -name nltk_data -o -name '_tkinter*' -o -name 'tcl*' -o -name 'libQt6Quick*' \
  -o -name 'libQt6Qml*' -o -name 'libQt6WebEngine*' -o -name 'libQt6Network*' -o -name 'libQt6Multimedia*' \
  -o -name 'libQt63D*' -o -name 'libQt6Designer*' -o -name 'libQt6OpenGL*' -o -name 'pytest' \
  -o -name 'hypothesis' \) -print | awk 'NR <= 10')"
if [ -n "$unwanted" ]; then
  fail "the bundle holds files it should not:"$'\n'"$unwanted"
else
  pass "no nltk_data, tkinter, test tools or unused Qt modules"
fi

if command -v ldd >/dev/null 2>&1; then
  missing="$(find "$internal/PySide6" -name '*.so*' -type f -print0 | xargs -0 -n 20 ldd 2>/dev/null |
    grep 'not found' | sort -u || true)"
  if grep -q 'libQt6\|libpyside\|libshiboken' <<<"$missing"; then
    fail "bundled Qt libraries are missing:"$'\n'"$missing"
  elif [ -n "$missing" ]; then
    echo "smoke: warning: some Qt plugins need system libraries this machine lacks:"$'\n'"$missing"
  else
    pass "every bundled Qt library and plugin finds its libraries"
  fi
fi

size_mb="$(du -sm "$app_dir" | cut -f1)"
echo "size_mb=$size_mb"
if [ -n "$first_startup" ]; then
  echo "startup_seconds=$first_startup"
  echo "startup_all=$(IFS=,; echo "${startups[*]}")"
  echo "startup_cpu=$(IFS=,; echo "${cpus[*]}")"
fi
if [ "$failures" -gt 0 ]; then
  echo "smoke: $failures check(s) failed" >&2
  exit 1
fi
echo "smoke: all checks passed"
