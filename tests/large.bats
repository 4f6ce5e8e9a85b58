#!/usr/bin/env bats
# Inputs past 4 GiB (issue 7): byte offsets must not wrap at 2^32; and
# make analyze on 30,000 files (about 20 s).
#
# Opt-in, since it streams 4.3 GB and segment holds the document whole
# (--max-doc 0 lifts its 1 GiB limit):
# 5.7 GB of memory; 100 s user and 60 s system time, 13 minutes under
# nice on a 2-core machine shared with other jobs (2026-12-04).
#	QUARRY_LARGE=1 bats tests/large.bats

load helpers

setup() {
	[ "${QUARRY_LARGE:-}" = 1 ] ||
	    skip "4.3 GB through segment, 30,000 files through make analyze; set QUARRY_LARGE=1 to run them (minutes, ~6 GB of memory)"
}

@test "segment: start and end of every sentence stay exact past 2^32 bytes" {
	# Two sentences and a blank line, over and over: paragraph p starts
	# at byte (p - 1) * L, its sentences span [0, 100) and [101, 135).
	unit=$'The committee met on Tuesday to discuss the budget for the coming year, and it agreed on most of it. Members will vote again next week.\n'
	L=$((${#unit} + 1))		# yes adds a newline: the blank line
	n=$((4300000000 / L + 1))	# whole paragraphs, past 4 GiB
	size=$((n * L))
	yes "$unit" | head -c "$size" | segment --max-doc 0 >"$BATS_TEST_TMPDIR/out"
	# Every row is checked; the count past 2^32 and the last row are
	# printed for the log.
	run awk -F '\t' -v L="$L" '
	NR == 1 { next }
	{
		p = $2; s = $3; base = (p - 1) * L
		if (s % 2) { ws = base; we = base + 100 }
		else { ws = base + 101; we = base + 135 }
		if (s != 2 * p - s % 2 || $5 != ws || $6 != we)
			if (++bad <= 5)
				printf "row %d: para %s sent %s start %s end %s, " \
				    "want start %.0f end %.0f\n", NR, p, s, $5, $6,
				    ws, we
		rows++
		if ($5 + 0 >= 4294967296)
			past++
		last = $2 " " $3 " " $5 " " $6
	}
	END { printf "%d rows, %d past 2^32, %d wrong, last %s\n", rows,
	    past, bad, last }' "$BATS_TEST_TMPDIR/out"
	echo "# $output" >&3
	assert_success
	# Paragraph 4294967296 / L + 1 straddles 2^32: its second sentence is past.
	assert_output "$((2 * n)) rows, $((2 * (n - 4294967296 / L) - 1)) past 2^32, 0 wrong, last $n $((2 * n)) $((size - 36)) $((size - 2))"
}

@test "make analyze: 30,000 article files (a batch's keys once overflowed a command line, E2BIG); a second run processes nothing" {
	mkdir "$BATS_TEST_TMPDIR/in"
	awk -v d="$BATS_TEST_TMPDIR/in" 'BEGIN {
		for (i = 1; i <= 30000; i++) {
			f = d "/a" i ".txt"
			printf "Title %d\n\nThe mayor of Leeds spoke on Monday about item %d.\n", i, i >f
			close(f)
		}
	}'
	run make -s -C "$QUARRY_TOP" -j2 analyze IN="$BATS_TEST_TMPDIR/in" OUT="$BATS_TEST_TMPDIR/out"
	assert_success
	run wc -l <"$BATS_TEST_TMPDIR/out/articles.csv"
	assert_output 30001
	# again: no table or batch written anew
	before=$(stat -c '%n %Y.%y' "$BATS_TEST_TMPDIR"/out/*.csv "$BATS_TEST_TMPDIR"/out/.work/*.done)
	run make -s -C "$QUARRY_TOP" -j2 analyze IN="$BATS_TEST_TMPDIR/in" OUT="$BATS_TEST_TMPDIR/out"
	assert_success
	[ "$(stat -c '%n %Y.%y' "$BATS_TEST_TMPDIR"/out/*.csv "$BATS_TEST_TMPDIR"/out/.work/*.done)" = "$before" ]
}
