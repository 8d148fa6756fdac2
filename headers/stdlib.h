#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <bits/NULL.h>
#include <bits/attributes.h>
#include <bits/size_t.h>
#include <bits/wchar_t.h>

#if defined(__LIBC_POSIX)
#include <bits/locale_t.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX (0x7fffffff)
#define MB_CUR_MAX (__ctype_get_mb_cur_max())

typedef struct {
	int quot;
	int rem;
} div_t;

typedef struct {
	long quot;
	long rem;
} ldiv_t;

typedef struct {
	long long quot;
	long long rem;
} lldiv_t;

int atoi(const char *);
long atol(const char *);
long long atoll(const char *);
double atof(const char *);
float strtof(const char *__restrict, char **__restrict);
double strtod(const char *__restrict, char **__restrict);
long double strtold(const char *__restrict, char **__restrict);
long strtol(const char *__restrict, char **__restrict, int);
unsigned long strtoul(const char *__restrict, char **__restrict, int);
long long strtoll(const char *__restrict, char **__restrict, int);
unsigned long long strtoull(const char *__restrict, char **__restrict, int);

int rand(void);
void srand(unsigned);

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);

__LIBC_NORETURN void abort(void);
int atexit(void (*)(void));
__LIBC_NORETURN void exit(int);
__LIBC_NORETURN void _Exit(int);
char *getenv(const char *);
int system(const char *);

void *bsearch(const void *, const void *, size_t, size_t, int (*)(const void *, const void *));
void qsort(void *, size_t, size_t, int (*)(const void *, const void *));

int abs(int);
long labs(long);
long long llabs(long long);
div_t div(int, int);
ldiv_t ldiv(long, long);
lldiv_t lldiv(long long, long long);

int mblen(const char *, size_t);
int mbtowc(wchar_t *__restrict, const char *__restrict, size_t);
int wctomb(char *, wchar_t);
size_t mbstowcs(wchar_t *__restrict, const char *__restrict, size_t);
size_t wcstombs(char *__restrict, const wchar_t *__restrict, size_t);
size_t __ctype_get_mb_cur_max(void);

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) \
	|| (defined(__cplusplus) && __cplusplus >= 201103L) || defined(__LIBC_BSD)
void *aligned_alloc(size_t, size_t);
int at_quick_exit(void (*)(void));
__LIBC_NORETURN void quick_exit(int);
#endif

#if defined(__LIBC_POSIX)
int posix_memalign(void **, size_t, size_t);
int setenv(const char *, const char *, int);
int unsetenv(const char *);
int getsubopt(char **, char *const *, char **);
int rand_r(unsigned *);
#endif

#if defined(__LIBC_XSI)
long random(void);
void srandom(unsigned);
char *initstate(unsigned, char *, size_t);
char *setstate(char *);
int putenv(char *);
char *l64a(long);
long a64l(const char *);
void setkey(const char *);
double drand48(void);
double erand48(unsigned short[3]);
long lrand48(void);
long nrand48(unsigned short[3]);
long mrand48(void);
long jrand48(unsigned short[3]);
void srand48(long);
unsigned short *seed48(unsigned short[3]);
void lcong48(unsigned short[7]);
#endif

#if defined(__LIBC_POSIX)
int mkstemp(char *);
char *mkdtemp(char *);
char *realpath(const char *__restrict, char *__restrict);
#endif

#if defined(__LIBC_XSI) || defined(__LIBC_BSD)
char *mktemp(char *);
#endif

#if defined(__LIBC_GNU)
int mkostemp(char *, int);
#endif

#if defined(__LIBC_BSD)
#include <alloca.h>
int clearenv(void);
char *ecvt(double, int, int *, int *);
char *fcvt(double, int, int *, int *);
char *gcvt(double, int, char *);
unsigned arc4random(void);
void arc4random_buf(void *, size_t);
unsigned arc4random_uniform(unsigned);
#endif

#if defined(__LIBC_GNU)
char *secure_getenv(const char *);
float strtof_l(const char *__restrict, char **__restrict, locale_t);
double strtod_l(const char *__restrict, char **__restrict, locale_t);
long double strtold_l(const char *__restrict, char **__restrict, locale_t);
#endif

#ifdef __cplusplus
}
#endif

#endif
