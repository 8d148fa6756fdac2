#ifndef _DIRENT_H
#define _DIRENT_H

#include <features.h>
#include <bits/DIR.h>
#include <bits/ino_t.h>
#include <bits/size_t.h>
#include <bits/struct_dirent.h>

#ifdef __cplusplus
extern "C" {
#endif

#define _DIRENT_HAVE_D_TYPE

int closedir(DIR *);
DIR *opendir(const char *);
DIR *fdopendir(int);
struct dirent *readdir(DIR *);
void rewinddir(DIR *);
int dirfd(DIR *);
int alphasort(const struct dirent **, const struct dirent **);
int scandir(const char *, struct dirent ***, int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));

#if defined(__LIBC_XSI)
void seekdir(DIR *, long);
long telldir(DIR *);
#endif

#if defined(__LIBC_BSD)
/* d_type values: WASI's file types, and a value of its own for sockets
   whose kind WASI does not say. */
#define DT_UNKNOWN 0
#define DT_BLK 1
#define DT_CHR 2
#define DT_DIR 3
#define DT_REG 4
#define DT_FIFO 6
#define DT_LNK 7
#define DT_SOCK 20
#define d_fileno d_ino

/* A mode's file type as a d_type, and back (the values differ in kind). */
#define IFTODT(x) (__wasilibc_iftodt(x))
#define DTTOIF(x) (__wasilibc_dttoif(x))

int getdents(int, struct dirent *, size_t);
#endif

int __wasilibc_iftodt(int);
int __wasilibc_dttoif(int);

#if defined(__LIBC_GNU)
int versionsort(const struct dirent **, const struct dirent **);

/* The large-file names: ino_t and off_t are 64 bits already. */
#define dirent64 dirent
#define readdir64 readdir
#define scandir64 scandir
#define alphasort64 alphasort
#define versionsort64 versionsort
#define getdents64 getdents
#endif

#if defined(__LIBC_BSD)
/* WASI additions: directories relative to a directory descriptor. */
int fdclosedir(DIR *);
DIR *opendirat(int, const char *);
int scandirat(int, const char *, struct dirent ***, int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));
#endif

#ifdef __cplusplus
}
#endif

#endif
