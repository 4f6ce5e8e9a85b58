/*
 * shim.h - forced into every object of the fuzzing build (-include) so
 * that a data error does not end the fuzzer.
 *
 * The library reports bad input with die()/rec_fail(), which call
 * exit(1).  libFuzzer would count that as a crash, so here exit() is
 * fuzz_exit(), which long-jumps back into the harness (FUZZ_TRY), and
 * every allocation of the code under test is recorded so that the
 * harness can free what the abandoned call still held.  The record keeps
 * its pointers disguised, so LeakSanitizer still reports a real leak on
 * the normal path.  Calling (exit)(s) reaches the real exit.
 */
#ifndef QUARRY_FUZZ_SHIM_H
#define QUARRY_FUZZ_SHIM_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

/* What every harness defines (libFuzzer's entry point). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

__attribute__((noreturn)) void fuzz_exit(int status);
void *fuzz_malloc(size_t n);
void *fuzz_calloc(size_t nmemb, size_t size);
void *fuzz_realloc(void *p, size_t n);
char *fuzz_strdup(const char *s);
void fuzz_free(void *p);

#define exit(status)	fuzz_exit(status)
#define malloc(n)	fuzz_malloc(n)
#define calloc(m, n)	fuzz_calloc(m, n)
#define realloc(p, n)	fuzz_realloc(p, n)
#define strdup(s)	fuzz_strdup(s)
#define free(p)		fuzz_free(p)

/* Where fuzz_exit jumps to; NULL: exit for real. */
extern jmp_buf *fuzz_exit_to;
extern int fuzz_exit_status;

/*
 * FUZZ_TRY(stmt): runs stmt; evaluates to -1 when it called exit() (the
 * status is in fuzz_exit_status and everything stmt allocated and still
 * held has been freed), else 0.  Locals that stmt changes and the caller
 * reads afterwards must be volatile (setjmp rules).
 */
int fuzz_try_begin(void);
void fuzz_try_end(int exited);
#define FUZZ_TRY(stmt) __extension__ ({				\
	jmp_buf fuzz_jb_;					\
	int fuzz_r_ = 0;					\
	fuzz_try_begin();					\
	fuzz_exit_to = &fuzz_jb_;				\
	if (setjmp(fuzz_jb_) == 0) {				\
		stmt;						\
	} else {						\
		fuzz_r_ = -1;					\
	}							\
	fuzz_exit_to = NULL;					\
	fuzz_try_end(fuzz_r_);					\
	fuzz_r_;						\
})

/* Standard output goes to a memory file the harness can read back. */
void fuzz_capture_stdout(void);
/* Flushes out.h and returns what was written since the last call (owned
 * by the shim, valid until the next call). */
const char *fuzz_take_stdout(size_t *len);

#endif
