#ifndef _BITS_CLOCKS_H
#define _BITS_CLOCKS_H

/* WASI has no per-process or per-thread CPU clocks, so there are only two.
   The clocks are addresses of constants the library defines, not
   small integers, so that a clockid_t cannot be forged. */
struct __clockid;

#ifdef __cplusplus
extern "C" {
#endif

extern const struct __clockid _CLOCK_MONOTONIC;
extern const struct __clockid _CLOCK_REALTIME;

#ifdef __cplusplus
}
#endif

#define CLOCK_MONOTONIC (&_CLOCK_MONOTONIC)
#define CLOCK_REALTIME (&_CLOCK_REALTIME)

/* The WASI subscription flag for an absolute deadline. */
#define TIMER_ABSTIME 1

#endif
