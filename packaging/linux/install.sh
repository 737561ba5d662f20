#!/bin/sh
# Install AliAssist for the current user (no root needed):
#   ./install.sh            into ~/.local (PREFIX=... to choose another place)
# The app goes to $PREFIX/lib/aliassist, a launcher to $PREFIX/bin/aliassist, and the menu entry,
# icons and AppStream metadata under $PREFIX/share. Your data folder is not touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
id=io.github.aliassist.AliAssist
appdir=$prefix/lib/aliassist
bindir=$prefix/bin
share=$prefix/share

[ -x "$here/app/aliassist" ] || { echo "install.sh: $here/app/aliassist is missing; unpack the whole archive first" >&2; exit 1; }

# Replace the app folder in one step, so a failed copy never leaves half an app.
mkdir -p "$prefix/lib"
rm -rf "$appdir.new"
cp -R "$here/app" "$appdir.new"
rm -rf "$appdir"
mv "$appdir.new" "$appdir"

mkdir -p "$bindir" "$share/applications" "$share/metainfo"
ln -sf "$appdir/aliassist" "$bindir/aliassist"
sed -e "s|^Exec=aliassist|Exec=$bindir/aliassist|" -e "s|^TryExec=aliassist|TryExec=$bindir/aliassist|" \
    "$here/share/applications/$id.desktop" > "$share/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
(cd "$here/share" && find icons -type f -name "$id.*") | while read -r icon; do
    mkdir -p "$share/$(dirname "$icon")"
    cp "$here/share/$icon" "$share/$icon"
done

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "AliAssist $("$appdir/aliassist" --version | cut -d' ' -f2) is installed in $appdir."
echo "Start it from your applications menu, or run: $bindir/aliassist"
case ":$PATH:" in *":$bindir:"*) ;; *) echo "(add $bindir to your PATH to run 'aliassist' by name)";; esac
