#!/usr/bin/env bash
# deb_roundtrip.sh BUILD_DIR SOURCE_DIR: builds the .deb, installs it with apt-get, runs the installed
# fabbrica (--version, validate a shipped template, the main window to its first frame offscreen),
# validates the desktop entry and AppStream metainfo as installed, then removes the package and checks
# nothing of it is left in /usr/bin.
set -euo pipefail
build=$1
src=$2
skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root to install a package"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || skip "needs apt-get and dpkg"
if dpkg-query -W -f='${Status}' fabbrica 2>/dev/null | grep -q 'install ok installed'; then
  skip "a fabbrica package is already installed on this machine; not touching it"
fi

cd "$build"
rm -rf packages
cpack -G DEB >cpack.log 2>&1 || { tail -30 cpack.log; echo "FAIL: cpack"; exit 1; }
deb=$(ls packages/fabbrica_*.deb)
echo "built $deb ($(du -h "$deb" | cut -f1))"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
listing=$(dpkg-deb -c "$deb")  # whole listing first: grep -q would cut the pipe under pipefail
grep -q '\./usr/bin/fabbrica$' <<<"$listing" || { echo "FAIL: /usr/bin/fabbrica not in the package"; exit 1; }

cleanup() { apt-get remove -y -qq fabbrica >/dev/null 2>&1 || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >apt.log 2>&1 ||
  { tail -30 apt.log; echo "FAIL: apt-get install"; exit 1; }

tmp=$(mktemp -d)
export FABBRICA_CONFIG_DIR=$tmp/config FABBRICA_DATA_DIR=$tmp/data QT_QPA_PLATFORM=offscreen
/usr/bin/fabbrica --version | tee "$tmp/version"
grep -q "^Fabbrica $(sed -n 's/^project(Fabbrica VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" "$tmp/version" ||
  { echo "FAIL: --version does not show the project version"; exit 1; }
/usr/bin/fabbrica validate /usr/share/fabbrica/templates/pytorch-single-gpu/experiment.json
out=$(FABBRICA_BENCH_FIRST_PAINT=1 timeout 60 /usr/bin/fabbrica)
echo "$out" | grep -q '^first_paint_ms=' || { echo "FAIL: the installed app did not paint its window: $out"; exit 1; }
echo "installed main window: $out"
appstream-util validate-relax /usr/share/metainfo/eu.fabbrica.Fabbrica.metainfo.xml
desktop-file-validate /usr/share/applications/eu.fabbrica.Fabbrica.desktop
for f in /usr/share/icons/hicolor/scalable/apps/eu.fabbrica.Fabbrica.svg /usr/share/icons/hicolor/256x256/apps/eu.fabbrica.Fabbrica.png \
         /usr/share/mime/packages/fabbrica-mime.xml; do
  [ -f "$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
man -w fabbrica >/dev/null 2>&1 || [ -f /usr/share/man/man1/fabbrica.1.gz ] || [ -f /usr/share/man/man1/fabbrica.1 ] ||
  { echo "FAIL: no man page"; exit 1; }

trap - EXIT
apt-get remove -y -qq fabbrica >/dev/null
[ ! -e /usr/bin/fabbrica ] || { echo "FAIL: /usr/bin/fabbrica still there after removal"; exit 1; }
rm -rf "$tmp"
echo "PASS: .deb built, installed, used and removed"
