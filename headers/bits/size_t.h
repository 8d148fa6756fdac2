#ifndef _BITS_SIZE_T_H
#define _BITS_SIZE_T_H

/* Take size_t from the compiler's <stddef.h> so that both headers agree. */
#define __need_size_t
#include <stddef.h>

#endif
