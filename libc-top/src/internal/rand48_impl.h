#ifndef RAND48_IMPL_H
#define RAND48_IMPL_H

#include <stdint.h>
#include "libc.h"

/* The drand48 family's shared parameters, as lcong48 takes them: words
   0-2 the 48-bit X (least significant first), 3-5 the multiplier a,
   6 the addend c. */
hidden extern unsigned short __rand48[7];

/* Steps xi to a * xi + c mod 2^48 and returns the new value. */
hidden uint64_t __rand48_step(unsigned short xi[3]);

#endif
