#!/bin/sh
# Installs the Debian packages quarry needs, when they are missing: as root
# it runs apt-get; otherwise it prints the one command to run and fails.
#   deps.sh        to build and run the tools (make analyze)
#   deps.sh test   to run the tests as well (make test)
pkgs=""
need() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed' || pkgs="$pkgs $1"; }
wanted="build-essential pkg-config libpcre2-dev libcsv-dev"
# python3 reads CSV back in tests; parallel runs the sharded recipes;
# and the pipelines are linted in a test.
[ "${1:-}" = test ] && wanted="$wanted bats bats-assert bats-support python3 parallel shellcheck"
for p in $wanted; do
	need "$p"
done
[ -z "$pkgs" ] && exit 0
if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "quarry: not a Debian system; install pcre2, libcsv, bats-core (+assert, support) and python3 by hand" >&2
	exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
	echo "quarry: installing$pkgs" >&2
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086 # one word per package
	apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends $pkgs >&2 || exit 1
else
	echo "quarry: missing Debian packages; run:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y$pkgs" >&2
	exit 1
fi
