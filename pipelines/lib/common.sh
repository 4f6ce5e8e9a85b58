# shellcheck shell=sh
# What the named pipelines share, read by each with ". lib/common.sh"
# after setting, where they use them:
#   failed    a file to which each failed stage adds a line
#   format    csv, excel or tsv (to_table)
#   columns   the columns of the table, in order, or empty for all
# shellcheck disable=SC2154 # (those are the sourcing pipeline's)

# The roles of segment(1) whose rows and mentions the tables leave out
# unless --all, as grep -E alternatives; an awk program given -v
# left_out="$left_out_roles" and, before its own, the BEGIN of
# $left_out_awk asks (role in left_out_is).
# shellcheck disable=SC2034 # (used by the pipelines that read this)
left_out_roles='boilerplate|comment|garbled'
# shellcheck disable=SC2034
left_out_awk='BEGIN {
	left_out_n = split(left_out, left_out_v, "|")
	for (left_out_i = 1; left_out_i <= left_out_n; left_out_i++)
		left_out_is[left_out_v[left_out_i]]
}'

# run CMD...: one stage of a pipeline, its failure remembered (sh reports
# only the last status of a pipeline).  141: the reader went away
# (| head), which is no failure.
run() {
	st=0; "$@" || st=$?
	[ "$st" -eq 0 ] || [ "$st" -eq 141 ] || echo "$1: $st" >>"$failed"
}

# big_buffers CMD...: CMD with 64 KiB buffers for its standard input and
# output, for the passes over whole streams: awk, grep, cut and uniq read
# or write 4 KiB at a time (stdio's buffer for a file or pipe), a system
# call each, a tenth or more of their CPU on a large stream.  The prefix
# that does it is $big_buffers_cmd (stdbuf; where there is none, nothing:
# CMD as it is), for the commands that a function cannot wrap.
big_buffers_cmd=''
! command -v stdbuf >/dev/null || big_buffers_cmd='stdbuf -i 65536 -o 65536'
big_buffers() {
	# shellcheck disable=SC2086 # a command and its options, split on purpose
	$big_buffers_cmd "$@"
}

# need_file NAME FILE, need_list NAME LIST: exit 1, said in one line,
# where FILE (-M's stream) or LIST (-S, -E: one path a line) was given
# but is no file that can be read or, for a list, names none on its
# first line: the stages reading them would each fail, in words about
# their standard input.  (The paths a list names are not looked at: the
# shell's read takes a byte a system call, 80 ms for the 1916 pages'
# list; the stage that cannot open one names it.)
need_file() {
	[ -z "$2" ] || { [ ! -d "$2" ] && [ -r "$2" ]; } ||
		{ echo "$1: $2: cannot read it" >&2; exit 1; }
}
need_list() {
	[ -n "$2" ] || return 0
	need_file "$@"
	need_first=''
	{ IFS= read -r need_first || :; } <"$2"
	[ -n "$need_first" ] || { echo "$1: $2: lists no file" >&2; exit 1; }
}

# merged_streams LIST: the streams named in LIST, one a line, as one
# stream: the first one's header, then every stream's records.
merged_streams() {
	head -n 1 -- "$(head -n 1 -- "$1")"
	tr '\n' '\0' <"$1" | xargs -0 tail -q -n +2 --
}

# to_table: the record stream on standard input as the table asked for.
to_table() {
	case $format in
	csv) tocsv ${columns:+-f "$columns"} ;;
	excel) tocsv --excel ${columns:+-f "$columns"} ;;
	tsv) cat ;;
	esac
}
