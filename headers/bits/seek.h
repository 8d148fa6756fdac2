#ifndef _BITS_SEEK_H
#define _BITS_SEEK_H

/* Equal to the WASI whence values, shared by <stdio.h> and <unistd.h>. */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#endif
