#ifndef _BITS_AT_FLAGS_H
#define _BITS_AT_FLAGS_H

/* The *at() family: a directory descriptor standing for the current
   directory, and the flags. */
#define AT_FDCWD (-2)
#define AT_EACCESS 0x0
#define AT_SYMLINK_NOFOLLOW 0x1
#define AT_SYMLINK_FOLLOW 0x2
#define AT_REMOVEDIR 0x4

#endif
