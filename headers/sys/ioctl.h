#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#ifdef __cplusplus
extern "C" {
#endif

/* The only requests WASI can answer: bytes ready to read, and
   non-blocking mode. */
#define FIONREAD 1
#define FIONBIO 2

int ioctl(int, int, ...);

#ifdef __cplusplus
}
#endif

#endif
