#ifndef _BITS_VA_LIST_H
#define _BITS_VA_LIST_H

/* Take va_list from the compiler's <stdarg.h> so that both headers agree. */
#define __need_va_list
#include <stdarg.h>

#endif
