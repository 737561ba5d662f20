#!/bin/sh
# Remove AliAssist installed by install.sh. Your orders, evidence and backups are kept unless
# you pass --purge (then they are deleted too, after you confirm).
#   ./uninstall.sh [--purge] [--yes]        (PREFIX=... if you installed elsewhere)
set -eu
prefix=${PREFIX:-$HOME/.local}
id=io.github.aliassist.AliAssist
appdir=$prefix/lib/aliassist
share=$prefix/share
data=${XDG_DATA_HOME:-$HOME/.local/share}/AliAssist
autostart=${XDG_CONFIG_HOME:-$HOME/.config}/autostart/$id.desktop
purge=no; yes=no
for arg in "$@"; do
    case $arg in
        --purge) purge=yes ;;
        --yes) yes=yes ;;
        *) echo "usage: uninstall.sh [--purge] [--yes]" >&2; exit 2 ;;
    esac
done

# The launcher is removed only if it is ours.
if [ -L "$prefix/bin/aliassist" ] && [ "$(readlink "$prefix/bin/aliassist")" = "$appdir/aliassist" ]; then
    rm -f "$prefix/bin/aliassist"
fi
rm -rf "$appdir"
rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" "$autostart"
find "$share/icons/hicolor" -name "$id.*" -type f -exec rm -f {} + 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "AliAssist is uninstalled."

if [ "$purge" = yes ] && [ -d "$data" ]; then
    if [ "$yes" != yes ]; then
        printf "Delete all your AliAssist data in %s (orders, evidence, backups)? [y/N] " "$data"
        read -r answer
        case $answer in y|Y|yes|YES) ;; *) echo "Your data is kept in $data."; exit 0 ;; esac
    fi
    rm -rf "$data"
    echo "Your data in $data is deleted."
elif [ -d "$data" ]; then
    echo "Your data is kept in $data (run with --purge to delete it)."
fi
