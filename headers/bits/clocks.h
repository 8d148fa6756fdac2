#ifndef _BITS_CLOCKS_H
#define _BITS_CLOCKS_H

/* The clocks are addresses of constants the library defines, not small
   integers, so that a clockid_t cannot be forged (wasi-libc's ABI). The
   CPU-time clocks read the runtime's, or, where it has none, the time
   since the program first read one (docs/posix.md). */
struct __clockid;

#ifdef __cplusplus
extern "C" {
#endif

extern const struct __clockid _CLOCK_MONOTONIC;
extern const struct __clockid _CLOCK_REALTIME;
extern const struct __clockid _CLOCK_PROCESS_CPUTIME_ID;
extern const struct __clockid _CLOCK_THREAD_CPUTIME_ID;

#ifdef __cplusplus
}
#endif

#define CLOCK_MONOTONIC (&_CLOCK_MONOTONIC)
#define CLOCK_REALTIME (&_CLOCK_REALTIME)
#define CLOCK_PROCESS_CPUTIME_ID (&_CLOCK_PROCESS_CPUTIME_ID)
#define CLOCK_THREAD_CPUTIME_ID (&_CLOCK_THREAD_CPUTIME_ID)

/* The WASI subscription flag for an absolute deadline. */
#define TIMER_ABSTIME 1

#endif
