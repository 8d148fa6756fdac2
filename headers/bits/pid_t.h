#ifndef _BITS_PID_T_H
#define _BITS_PID_T_H

typedef int pid_t;

#endif
