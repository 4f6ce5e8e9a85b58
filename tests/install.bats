#!/usr/bin/env bats
# make install: tools, pipelines and manual pages land under PREFIX, and
# the installed pipelines find each other; mk/deps.sh, which the README's
# two set-up commands run first, names exactly the missing packages, and
# make deps looks for them until it finds them.

load helpers

@test "make install PREFIX=...: the installed quarry-analyze writes the four tables" {
	p="$BATS_TEST_TMPDIR/prefix"
	run make -s -C "$QUARRY_TOP" install PREFIX="$p"
	assert_success
	for t in segment tag extract-entities dedupe tocsv quarry-sentences quarry-analyze; do
		[ -x "$p/bin/$t" ]
	done
	[ -f "$p/share/man/man1/segment.1" ] && [ -f "$p/share/man/man7/quarry.7" ]
	cd "$BATS_TEST_TMPDIR"
	run env PATH="$p/bin:/usr/bin:/bin" quarry-analyze -o tables "$FIXTURES/articles"
	assert_success
	run ls tables
	assert_output "articles.csv
entities.csv
entity-summary.csv
sentences.csv"
}

@test "make install DESTDIR=...: everything goes below DESTDIR" {
	d="$BATS_TEST_TMPDIR/stage"
	run make -s -C "$QUARRY_TOP" install PREFIX=/usr DESTDIR="$d"
	assert_success
	[ -x "$d/usr/bin/tocsv" ] && [ -x "$d/usr/libexec/quarry/analyze" ]
	run cat "$d/usr/bin/quarry-sentences"
	assert_line --index 1 'exec /usr/libexec/quarry/sentences "$@"'
}

# stub_dpkg DIR MISSING...: a dpkg-query that calls every package
# installed but the MISSING ones, and an id that is not root.
stub_dpkg() {
	mkdir -p "$1"
	{
		echo '#!/bin/sh'
		echo "missing=' ${*:2} '"
		echo 'shift 2	# -W -f=FORMAT'
		echo 'for p; do case "$missing" in *" $p "*) echo "dpkg-query: no packages found matching $p" >&2 ;; *) echo "$p install ok installed" ;; esac; done'
	} >"$1/dpkg-query"
	printf '#!/bin/sh\necho 1000\n' >"$1/id"
	chmod +x "$1/dpkg-query" "$1/id"
}

@test "mk/deps.sh: nothing missing is silent, status 0" {
	stub_dpkg "$BATS_TEST_TMPDIR/stub"
	PATH="$BATS_TEST_TMPDIR/stub:$PATH" run sh "$QUARRY_TOP/mk/deps.sh" test
	assert_success
	assert_output ''
}

@test "mk/deps.sh: not root, the missing packages and only they are in the one command to run, status 1" {
	# bats is missing though bats-assert, whose name holds it, is there
	stub_dpkg "$BATS_TEST_TMPDIR/stub" libcsv-dev bats
	PATH="$BATS_TEST_TMPDIR/stub:$PATH" run sh "$QUARRY_TOP/mk/deps.sh" test
	assert_failure 1
	assert_output "quarry: missing Debian packages; run:
  sudo apt-get update && sudo apt-get install -y libcsv-dev bats"
	# without the test tools, bats is not wanted
	PATH="$BATS_TEST_TMPDIR/stub:$PATH" run sh "$QUARRY_TOP/mk/deps.sh"
	assert_failure 1
	assert_line --index 1 "  sudo apt-get update && sudo apt-get install -y libcsv-dev"
}

@test "make deps: the packages are looked for until found, then not again while dpkg's database and mk/deps.sh stay as they are" {
	b="$BATS_TEST_TMPDIR/build"
	stub_dpkg "$BATS_TEST_TMPDIR/missing" libcsv-dev
	stub_dpkg "$BATS_TEST_TMPDIR/found"
	PATH="$BATS_TEST_TMPDIR/missing:$PATH" run make -s -C "$QUARRY_TOP" BUILD="$b" deps
	assert_failure
	assert_line --index 1 "  sudo apt-get update && sudo apt-get install -y libcsv-dev"
	[ ! -e "$b/deps.ok" ]
	PATH="$BATS_TEST_TMPDIR/found:$PATH" run make -s -C "$QUARRY_TOP" BUILD="$b" deps
	assert_success
	assert_output ''
	[ -e "$b/deps.ok" ]
	# found once: not looked for again, though the stub would say missing
	PATH="$BATS_TEST_TMPDIR/missing:$PATH" run make -s -C "$QUARRY_TOP" BUILD="$b" deps
	assert_success
	assert_output ''
}
