#ifndef _BITS_ACCESS_MODES_H
#define _BITS_ACCESS_MODES_H

/* Arguments of access() and faccessat(). */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

#endif
