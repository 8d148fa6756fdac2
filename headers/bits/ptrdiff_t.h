#ifndef _BITS_PTRDIFF_T_H
#define _BITS_PTRDIFF_T_H

#define __need_ptrdiff_t
#include <stddef.h>

#endif
