#ifndef _BITS_DIR_H
#define _BITS_DIR_H

/* Opaque to programs. */
typedef struct _DIR DIR;

#endif
