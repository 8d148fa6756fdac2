#ifndef _STDIO_H
#define _STDIO_H

#include <bits/FILE.h>
#include <bits/NULL.h>
#include <bits/off_t.h>
#include <bits/seek.h>
#include <bits/size_t.h>
#include <bits/ssize_t.h>
#include <bits/va_list.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EOF (-1)
#define BUFSIZ 1024
#define FILENAME_MAX 4096
#define FOPEN_MAX 1000

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

int fputc(int, FILE *);
int putc(int, FILE *);
int putchar(int);
int fputs(const char *__restrict, FILE *__restrict);
int puts(const char *);
size_t fwrite(const void *__restrict, size_t, size_t, FILE *__restrict);
int fflush(FILE *);

int fgetc(FILE *);
int getc(FILE *);
int getchar(void);
char *fgets(char *__restrict, int, FILE *__restrict);

int ferror(FILE *);
int feof(FILE *);
void clearerr(FILE *);

int printf(const char *__restrict, ...);
int fprintf(FILE *__restrict, const char *__restrict, ...);
int sprintf(char *__restrict, const char *__restrict, ...);
int snprintf(char *__restrict, size_t, const char *__restrict, ...);
int vprintf(const char *__restrict, va_list);
int vfprintf(FILE *__restrict, const char *__restrict, va_list);
int vsprintf(char *__restrict, const char *__restrict, va_list);
int vsnprintf(char *__restrict, size_t, const char *__restrict, va_list);
int dprintf(int, const char *__restrict, ...);
int vdprintf(int, const char *__restrict, va_list);
int asprintf(char **__restrict, const char *__restrict, ...);
int vasprintf(char **__restrict, const char *__restrict, va_list);

int sscanf(const char *__restrict, const char *__restrict, ...);
int vsscanf(const char *__restrict, const char *__restrict, va_list);
int scanf(const char *__restrict, ...);
int fscanf(FILE *__restrict, const char *__restrict, ...);
int vscanf(const char *__restrict, va_list);
int vfscanf(FILE *__restrict, const char *__restrict, va_list);

#ifdef __cplusplus
}
#endif

#endif
