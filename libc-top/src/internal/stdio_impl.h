#ifndef STDIO_IMPL_H
#define STDIO_IMPL_H

#include <stdarg.h>
#include <stdio.h>
#include "libc.h"

#define F_EOF   1u   /* end of file seen on input */
#define F_ERR   2u   /* an operation failed */
#define F_NORD  4u   /* not open for reading */
#define F_NOWR  8u   /* not open for writing */
#define F_READY 16u  /* buffering mode decided and stream on the flush list */

/* Buffering mode still to be chosen, on first use, from isatty(fd). */
#define F_MODE_UNSET (-1)

struct _IO_FILE {
	unsigned flags;
	int fd;
	int mode;              /* _IOFBF, _IOLBF, _IONBF or F_MODE_UNSET */
	unsigned char *buf;
	size_t size;
	size_t wlen;           /* buffered bytes not yet written */
	size_t rpos, rlen;     /* buffered input: next byte, end */
	struct _IO_FILE *next; /* on the list that exit() and fflush(0) walk */
};

hidden void __stdio_ready(FILE *);
hidden size_t __stdio_put(FILE *, const unsigned char *, size_t);
hidden int __stdio_flush(FILE *);
hidden size_t __fwritex(const unsigned char *, size_t, FILE *);
hidden int __stdio_fill(FILE *);
extern hidden FILE *__stdio_list;
hidden void __stdio_exit(void);

/* printf's formatter writes through one of these; the output functions it
   supports differ only in where the bytes go. */
struct __fmt_sink {
	void (*emit)(struct __fmt_sink *, const char *, size_t);
};

hidden int __vformat(struct __fmt_sink *, const char *, va_list);

#endif
