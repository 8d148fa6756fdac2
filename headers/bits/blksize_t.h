#ifndef _BITS_BLKSIZE_T_H
#define _BITS_BLKSIZE_T_H

typedef long blksize_t;

#endif
