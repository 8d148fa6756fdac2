#ifndef STDIO_IMPL_H
#define STDIO_IMPL_H

#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>
#include <__function___isatty.h>
#include "libc.h"
#include "reserved.h"

#define F_EOF      1u   /* end of file seen on input */
#define F_ERR      2u   /* an operation failed */
#define F_NORD     4u   /* not open for reading */
#define F_NOWR     8u   /* not open for writing */
#define F_READY   16u   /* buffering mode decided and stream on the flush list */
#define F_APP     32u   /* every write goes to the end of the file */
#define F_ALLOC   64u   /* the FILE came from malloc: fclose frees it */
#define F_BUFALLOC 128u /* buf came from a malloc of its own: fclose frees it */
#define F_WERR   256u   /* with F_ERR: output was lost, which fclose reports */

/* Buffering mode still to be chosen, on first use, from isatty(fd). */
#define F_MODE_UNSET (-1)

/* The buffer that fopen gives a stream. Larger than BUFSIZ: each flush or
   refill is a host call, which is what costs. */
#define F_BUFSIZE 4096

/* Where a stream's bytes go when they are not a descriptor's (fmemopen,
   open_memstream). Each works like its POSIX namesake on the stream's
   cookie and fails with -1 and errno. */
struct __stdio_ops {
	ssize_t (*read)(FILE *, unsigned char *, size_t);
	ssize_t (*write)(FILE *, const unsigned char *, size_t);
	off_t (*seek)(FILE *, off_t, int);
	int (*close)(FILE *);
};

/* One buffer serves both directions, never both at once: while output is
   pending (wlen > 0) no input is buffered (rlen == 0), and the reverse. */
struct _IO_FILE {
	unsigned flags;
	int fd;
	int mode;              /* _IOFBF, _IOLBF, _IONBF or F_MODE_UNSET */
	unsigned char *buf;
	size_t size;
	size_t wlen;           /* buffered bytes not yet written */
	size_t wcap;           /* fputc may store while wlen < wcap: size when
	                          fully buffered and writing, otherwise 0 */
	size_t rpos, rlen;     /* buffered input: next byte, end */
	struct _IO_FILE *next; /* on the list that exit() and fflush(0) walk */
	const struct __stdio_ops *ops; /* NULL for a descriptor */
	void *cookie;          /* the state ops work on */
	unsigned char tiny[4]; /* the input buffer of a stream that has none;
	                          room past the byte read is for ungetc, and
	                          it holds the longest UTF-8 character */
	int orient;            /* 0 until the first byte (-1) or wide (1)
	                          operation fixes it */
};

/* Fixes the orientation at the first byte (want -1) or wide (want 1)
   operation. Returns 0 when the stream has the other one: the operation
   then fails, leaving errno and the error flag alone, as glibc does. */
static inline int __stdio_orient(FILE *f, int want)
{
	if (!f->orient)
		f->orient = want;
	return f->orient == want;
}


hidden void __stdio_ready(FILE *);
hidden size_t __stdio_put(FILE *, const unsigned char *, size_t);
hidden size_t __stdio_get(FILE *, unsigned char *, size_t);
hidden off_t __stdio_seek(FILE *, off_t, int);
hidden int __stdio_flush(FILE *);
hidden int __stdio_sync(FILE *);
hidden size_t __fwritex(const unsigned char *, size_t, FILE *);
hidden size_t __fwrite_bytes(const unsigned char *, size_t, FILE *);
hidden wint_t __stdio_getwc(FILE *, size_t *);
hidden int __stdio_ungetbytes(FILE *, const unsigned char *, size_t);
hidden int __stdio_fill(FILE *);
hidden int __stdio_oflags(const char *);
hidden FILE *__stdio_new(int fd, int oflags, size_t bufsize, size_t extra);
hidden void __stdio_unlist(FILE *);
hidden void __stdio_randname(char *, size_t);
hidden int __fseeko(FILE *, off_t, int);
hidden off_t __ftello(FILE *);
extern hidden FILE *__stdio_list;
hidden void __stdio_exit(void);

/* printf's formatter writes through one of these; the output functions it
   supports differ only in where the bytes go. */
struct __fmt_sink {
	void (*emit)(struct __fmt_sink *, const char *, size_t);
	/* Set by the wide functions: lengths (widths, precisions, %n, the
	   result) count characters, %s and %c take multibyte input, and
	   what is emitted is always whole, valid UTF-8. */
	int wide;
	/* Set with wide: how %s reads its multibyte input (mbrtowc). A
	   pointer, so that the byte printf functions do not link it. */
	size_t (*decode)(wchar_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
};

hidden int __vformat(struct __fmt_sink *, const char *, va_list);
hidden int __vwformat(struct __fmt_sink *, const wchar_t *, va_list);

#endif
