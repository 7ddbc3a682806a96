#!/bin/sh
# deps.sh - installs the Debian 12 packages dipgraph builds and tests with,
# when they are missing (needs root for apt-get).
set -eu
PKGS="build-essential autoconf automake libtool pkg-config
      libglib2.0-dev libglib2.0-dev-bin libxml2-dev libjson-glib-dev
      librdf0-dev libraptor2-dev librasqal3-dev librdf-storage-sqlite libsqlite3-dev libcunit1-dev liblmdb-dev
      iso-codes raptor2-utils
      libgraphviz-dev graphviz
      libsoup-3.0-dev libpq-dev curl chromium
      clang time valgrind util-linux"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "dipgraph: installing Debian packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi
