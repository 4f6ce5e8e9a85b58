#!/bin/sh
# Installs the Debian packages quarry needs, when they are missing: as root
# it runs apt-get; otherwise it prints the one command to run and fails.
#   deps.sh        to build and run the tools (make analyze)
#   deps.sh test   to run the tests as well (make test)
#   deps.sh fuzz   to build the fuzzing harnesses (make fuzzers)
wanted="build-essential pkg-config libpcre2-dev libcsv-dev"
# parallel runs the sharded recipes; and the pipelines are linted in a
# test.
[ "${1:-}" = test ] && wanted="$wanted bats bats-assert bats-support parallel shellcheck"
# The fuzzing harnesses (mk/fuzz.mk) are built with clang and libFuzzer.
[ "${1:-}" = fuzz ] && wanted="$wanted clang-14 libclang-rt-14-dev"
# One dpkg-query for all of them (one a package took 0.1 s of every
# make analyze): the wanted packages it does not list as installed.
# shellcheck disable=SC2086 # one word per package
installed=$(dpkg-query -W -f='${Package} ${Status}\n' $wanted 2>/dev/null |
	awk '/ ok installed$/ { printf " %s", $1 }')
pkgs=""
for p in $wanted; do
	case "$installed " in
	*" $p "*) ;;
	*) pkgs="$pkgs $p" ;;
	esac
done
[ -z "$pkgs" ] && exit 0
if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "quarry: not a Debian system; install pcre2, libcsv and bats-core (+assert, support) by hand" >&2
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
