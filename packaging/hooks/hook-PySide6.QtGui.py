"""QtGui with only the plugins Citebrief uses.

The stock hook collects every QtGui plugin, and PyInstaller then bundles each plugin's libraries: GTK,
cairo and pango for the GTK theme, QML and Quick for the virtual keyboard, and so on. Filtering here,
before dependency analysis, keeps those libraries out (filtering after the analysis would not).
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugins by folder, named without the lib prefix and the file suffix. Platforms: X11 and Wayland on
# Linux, offscreen for headless PDF export and the smoke test, and the native one on Windows and macOS.
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # native file dialogs through the desktop portal
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "imageformats": {"qsvg", "qico", "qicns"},
    "iconengines": {"qsvgicon"},
}


def kept(source: str) -> bool:
    parts = PurePath(source).parts
    if "plugins" not in parts:
        return True
    at = len(parts) - 1 - parts[::-1].index("plugins")
    if len(parts) != at + 3:
        return True  # not a plugin file, or in a subfolder such as platforms/darwin (kept whole)
    kind = parts[at + 1]
    stem = parts[-1].split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem in KEEP_PLUGINS.get(kind, set())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if kept(entry[0])]
datas = [entry for entry in datas if kept(entry[0])]
