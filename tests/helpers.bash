# Loaded by every bats file: puts the build under test first on PATH and
# loads bats-assert / bats-support from Debian's location.
QUARRY_TOP="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
: "${QUARRY_BIN:=$QUARRY_TOP/bin}"
# The test helpers built from tests/lib/*.c (make units).
: "${QUARRY_TESTBIN:=$QUARRY_TOP/build/tests/bin}"
PATH="$QUARRY_BIN:$QUARRY_TESTBIN:$QUARRY_TOP/pipelines:$PATH"
FIXTURES="$QUARRY_TOP/fixtures"
SHARED="$QUARRY_TOP/../shared"
export PATH FIXTURES SHARED QUARRY_TOP
for d in /usr/lib/bats /usr/share/bats /usr/local/lib/bats; do
	if [ -f "$d/bats-support/load.bash" ]; then
		load "$d/bats-support/load.bash"
		load "$d/bats-assert/load.bash"
		break
	fi
done

# skip_without_shared: skips the test when ../shared is not beside the clone.
skip_without_shared() {
	[ -d "$SHARED" ] || skip "../shared is absent (a fresh clone has none)"
}
