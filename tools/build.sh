#!/bin/sh
# build.sh [CONFIGURE-ARGS...] - autoreconf (once), configure (when needed), make
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure "$@"
make -j"$(nproc)"
