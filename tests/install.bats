#!/usr/bin/env bats
# make install: tools, pipelines and manual pages land under PREFIX, and
# the installed pipelines find each other.

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
