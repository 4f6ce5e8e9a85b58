/*
 * dedupe.h - the modes of dedupe, each a whole run over the inputs that
 * writes the output through out.h and returns the exit status (0, or 1
 * when an input could not be opened).  Data errors exit 1 on the spot.
 */
#ifndef DEDUPE_DEDUPE_H
#define DEDUPE_DEDUPE_H

#include <stdint.h>

struct dedupe_opts {
	const char	*keyspec;	/* -k: comma-separated key columns */
	int		 fold;		/* -f: FOLD_* flags */
	int		 by_doc;	/* --by doc */
	int		 near;		/* --near */
	unsigned	 threshold;	/* -t, in thousandths */
	int		 mark;		/* --mark */
	int		 count;		/* --count */
	uint64_t	 min_docs;	/* --min-docs N (0: off) */
	int		 keep_copies;	/* --keep-copies */
	int		 dup_empty;	/* --dup-empty */
	uint64_t	 shard;		/* --shard N (for --emit-bands) */
	const char	*apply;		/* --apply VERDICTS */
};

/* The default near-duplicate threshold (estimated Jaccard, thousandths). */
#define DEDUPE_THRESHOLD 300

int dedupe_exact(const struct dedupe_opts *o, char **files, int nfiles);
int dedupe_near(const struct dedupe_opts *o, char **files, int nfiles);
/* --count and --min-docs: two passes over the inputs. */
int dedupe_count(const struct dedupe_opts *o, char **files, int nfiles);

/* The map, reduce and apply steps of sharded near-duplicate search. */
int dedupe_emit_bands(const struct dedupe_opts *o, char **files, int nfiles);
int dedupe_join_bands(const struct dedupe_opts *o, char **files, int nfiles);
int dedupe_apply(const struct dedupe_opts *o, char **files, int nfiles);

/* Writes "m / MH_PERMS" with three decimals to buf (8 bytes room). */
void dedupe_similarity(char *buf, unsigned matches);
/* The least number of agreeing positions that reaches the threshold. */
unsigned dedupe_minmatch(unsigned threshold);

#endif
