#!/bin/sh
# Make sure the Debian/Ubuntu system libraries Qt needs are present.
#   packaging/system-deps.sh run   libraries for the window on a real display
#   packaging/system-deps.sh test  libraries for the headless suite (offscreen + Xvfb + D-Bus)
#                                  and the PostgreSQL server its team-database tests start
#   packaging/system-deps.sh package  the suite's, plus ICU's tools and a C compiler (make package)
# As root with apt-get, missing packages are installed. Otherwise the exact apt-get line is
# printed; "required" ones stop the build, "optional" ones only skip the tests that need them.
# On systems without dpkg (macOS, Fedora, Windows) this does nothing.
set -eu
mode=${1:-run}

offscreen="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
display="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
xvfb="xvfb xauth dbus-daemon trayer strace"
# the suite's throwaway PostgreSQL cluster (tests/pg.py): the team-database tests; openssl makes
# the certificates of the smoke test's TLS-only server (packaging/smoke_test.py)
server="postgresql openssl"

case "$mode" in
  run)  required="$offscreen $display"; optional="" ;;
  test) required="$offscreen $server"; optional="$display $xvfb" ;;
  package) required="$offscreen $server icu-devtools binutils gcc"; optional="$display $xvfb" ;;
  *) echo "usage: $0 run|test|package" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing() {
  out=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || out="$out $p"
  done
  echo "$out"
}

# A bare Debian python3 has no venv module: that is a system package too.
venv=""
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || venv="python3-venv"

need=$(missing $required)
want=$(missing $optional)
all="$venv$need$want"
[ -z "$(echo $all)" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$all"
  export DEBIAN_FRONTEND=noninteractive
  # The suite starts its own throwaway PostgreSQL cluster: on a machine without PostgreSQL yet,
  # tell Debian's package not to create (and start) a "main" cluster of its own.
  case "$all" in *postgresql*)
    if ! dpkg-query -W -f='${Status}' postgresql-common 2>/dev/null | grep -q "ok installed"; then
      mkdir -p /etc/postgresql-common/createcluster.d
      echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/aliassist.conf
    fi ;;
  esac
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $all >/dev/null
  exit 0
fi

if [ -n "$(echo $venv$need)" ]; then
  echo "AliAssist needs these system packages. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends$venv$need$want" >&2
  exit 1
fi
echo "Note: tests that need a real X server or a D-Bus session will be skipped. To run them:" >&2
echo "  sudo apt-get install -y --no-install-recommends$want" >&2
exit 0
