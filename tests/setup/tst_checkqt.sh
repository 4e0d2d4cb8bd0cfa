#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# .ci/check-qt: silent with exit 0 on a complete tree; one line per missing piece, naming its Debian package,
# with exit 1. Run by ctest: tst_checkqt.sh SOURCE_DIR
set -u
check=$1/.ci/check-qt
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
multiarch=$( (gcc -print-multiarch || dpkg-architecture -qDEB_HOST_MULTIARCH) 2>/dev/null | head -n 1)
[ -n "$multiarch" ] || multiarch=x86_64-linux-gnu
lib=$tmp/lib/$multiarch
for m in Qt6 Qt6Core Qt6Gui Qt6Sql Qt6Widgets Qt6Test Qt6OpenGL Qt6OpenGLWidgets Qt6Charts Qt6LinguistTools; do
  mkdir -p "$lib/cmake/$m"; touch "$lib/cmake/$m/${m}Config.cmake"
done
mkdir -p "$lib/qt6/plugins/sqldrivers" "$lib/qt6/plugins/platforms"
touch "$lib/qt6/plugins/sqldrivers/libqsqlite.so" "$lib/qt6/plugins/sqldrivers/libqsqlpsql.so" \
  "$lib/qt6/plugins/platforms/libqxcb.so" "$lib/qt6/plugins/platforms/libqoffscreen.so"

out=$(bash "$check" "$tmp" 2>&1); rc=$?
[ $rc -eq 0 ] || fail "complete tree: exit $rc"
[ -z "$out" ] || fail "complete tree printed: $out"

# The trap of the fresh Debian 12 root: qt6-charts-dev installed, libqt6opengl6-dev not.
rm "$lib/cmake/Qt6OpenGL/Qt6OpenGLConfig.cmake"
out=$(bash "$check" "$tmp" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "OpenGL missing: exit $rc"
want="Missing Qt6OpenGL ($lib/cmake/Qt6OpenGL/Qt6OpenGLConfig.cmake): install the Debian package libqt6opengl6-dev"
[ "$out" = "$want" ] || fail "OpenGL missing printed: '$out', expected '$want'"

rm "$lib/cmake/Qt6Charts/Qt6ChartsConfig.cmake" "$lib/qt6/plugins/sqldrivers/libqsqlpsql.so"
out=$(bash "$check" "$tmp" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "three missing: exit $rc"
want="Missing Qt6OpenGL ($lib/cmake/Qt6OpenGL/Qt6OpenGLConfig.cmake): install the Debian package libqt6opengl6-dev
Missing Qt6Charts ($lib/cmake/Qt6Charts/Qt6ChartsConfig.cmake): install the Debian package qt6-charts-dev
Missing the PostgreSQL driver ($lib/qt6/plugins/sqldrivers/libqsqlpsql.so): install the Debian package libqt6sql6-psql"
[ "$out" = "$want" ] || fail "three missing printed: '$out'"

# This machine, which built the tests, has everything.
out=$(bash "$check" 2>&1); rc=$?
[ $rc -eq 0 ] && [ -z "$out" ] || fail "this machine: exit $rc: $out"
echo "PASS"
