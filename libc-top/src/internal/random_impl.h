#ifndef RANDOM_IMPL_H
#define RANDOM_IMPL_H

#include <stdint.h>
#include "libc.h"

/* random()'s state lives in a caller's buffer (initstate, setstate).
   Word 0 holds the lag r of an additive generator x[n] = x[n-r] + x[n-s]
   in its low byte and the ring position above; the r words after it are
   the ring. r = 0 means a buffer too small for a ring: word 1 is then the
   state of a plain linear congruential generator. */
hidden extern uint32_t *__random_state;
hidden extern int __random_seeded;  /* the first call seeds as srandom(1) */

hidden long __random(void);
hidden void __srandom(unsigned);

#endif
