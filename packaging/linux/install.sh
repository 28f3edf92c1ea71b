#!/usr/bin/env bash
# Install a built Citebrief for the current user, with its desktop entry, icons, MIME type and metadata.
#
#   ./install.sh                 from an unpacked citebrief-*-linux-*.tar.gz (this file sits beside `citebrief`)
#   packaging/linux/install.sh   from a checkout after `python packaging/build.py` (uses dist/citebrief)
#   ./install.sh --uninstall     remove everything this script installed
#
# Where things go (PREFIX defaults to ~/.local):
#   PREFIX/lib/citebrief/                      the app folder
#   PREFIX/bin/citebrief                       a link to the app, for `citebrief brief ...` in a terminal
#   PREFIX/share/applications/citebrief.desktop
#   PREFIX/share/icons/hicolor/*/{apps,mimetypes}/
#   PREFIX/share/mime/packages/citebrief.xml   *.citebrief files are application/x-citebrief
#   PREFIX/share/metainfo/org.citebrief.Citebrief.metainfo.xml
# Then the desktop, MIME and icon caches are refreshed when their tools are installed, and Citebrief is
# made the default application for .citebrief files, so double-clicking a saved brief opens it.
set -euo pipefail

PREFIX="${PREFIX:-$HOME/.local}"
SHARE="$PREFIX/share"
TARGET="$PREFIX/lib/citebrief"
METAINFO=org.citebrief.Citebrief.metainfo.xml
here="$(cd "$(dirname "$0")" && pwd)"

say() { printf 'citebrief install: %s\n' "$*"; }

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$SHARE/mime" >/dev/null 2>&1 || say "update-mime-database failed (ignored)"
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" || say "update-desktop-database failed (ignored)"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
  fi
}

icon_files() {  # relative paths of the icons we ship, from the app's share/icons folder
  (cd "$1/share/icons" && find hicolor -type f)
}

uninstall() {
  if [ -d "$TARGET/share/icons" ]; then
    icon_files "$TARGET" | while read -r rel; do rm -f "$SHARE/icons/$rel"; done
  fi
  rm -f "$SHARE/applications/citebrief.desktop" "$SHARE/mime/packages/citebrief.xml" \
    "$SHARE/metainfo/$METAINFO"
  if [ -L "$PREFIX/bin/citebrief" ]; then rm -f "$PREFIX/bin/citebrief"; fi
  case "$TARGET" in
    */lib/citebrief) rm -rf -- "$TARGET" ;;
  esac
  refresh_caches
  say "removed Citebrief from $PREFIX"
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  exit 0
fi

# The built app: beside this script in a release folder, else dist/citebrief of the checkout.
if [ -x "$here/citebrief" ] && [ -d "$here/share" ]; then
  app="$here"
elif [ -x "$here/../../dist/citebrief/citebrief" ]; then
  app="$(cd "$here/../../dist/citebrief" && pwd)"
else
  say "no built app found; run: python packaging/build.py"
  exit 1
fi

if [ "$app" != "$TARGET" ]; then
  mkdir -p "$PREFIX/lib"
  rm -rf -- "$TARGET.new"
  cp -a "$app" "$TARGET.new"
  rm -rf -- "$TARGET"
  mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$PREFIX/bin" "$SHARE/applications" "$SHARE/mime/packages" "$SHARE/metainfo" "$SHARE/icons"
ln -sfn "$TARGET/citebrief" "$PREFIX/bin/citebrief"

# Exec and TryExec point at the installed app, so the entry works without PREFIX/bin on PATH.
exe="$TARGET/citebrief"
quoted="\"${exe//\"/\\\"}\""
sed -e "s|^Exec=citebrief |Exec=${quoted//|/\\|} |" -e "s|^TryExec=citebrief\$|TryExec=${exe//|/\\|}|" \
  "$TARGET/share/applications/citebrief.desktop" >"$SHARE/applications/citebrief.desktop"
cp "$TARGET/share/mime/packages/citebrief.xml" "$SHARE/mime/packages/citebrief.xml"
cp "$TARGET/share/metainfo/$METAINFO" "$SHARE/metainfo/$METAINFO"
icon_files "$TARGET" | while read -r rel; do
  mkdir -p "$(dirname "$SHARE/icons/$rel")"
  cp "$TARGET/share/icons/$rel" "$SHARE/icons/$rel"
done

refresh_caches
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default citebrief.desktop application/x-citebrief 2>/dev/null || true
fi

say "installed Citebrief $("$exe" --version 2>/dev/null | sed 's/^citebrief //') in $TARGET"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) say "add $PREFIX/bin to PATH to run \`citebrief brief\` in a terminal" ;;
esac
