#ifndef _BITS_WCHAR_T_H
#define _BITS_WCHAR_T_H

#define __need_wchar_t
#include <stddef.h>

#endif
