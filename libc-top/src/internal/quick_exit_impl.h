#ifndef QUICK_EXIT_IMPL_H
#define QUICK_EXIT_IMPL_H

#include "libc.h"

/* at_quick_exit's handlers, in the order registered. C requires room
   for at least 32. */
#define QUICK_EXIT_MAX 32
hidden extern void (*__quick_exit_fns[QUICK_EXIT_MAX])(void);
hidden extern int __quick_exit_count;

#endif
