#ifndef _BITS_NULL_H
#define _BITS_NULL_H

#define __need_NULL
#include <stddef.h>

#endif
