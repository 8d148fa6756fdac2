#ifndef _BITS_TIMER_T_H
#define _BITS_TIMER_T_H

typedef void *timer_t;

#endif
