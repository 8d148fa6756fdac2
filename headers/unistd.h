#ifndef _UNISTD_H
#define _UNISTD_H

#include <bits/NULL.h>
#include <bits/attributes.h>
#include <bits/gid_t.h>
#include <bits/off_t.h>
#include <bits/pid_t.h>
#include <bits/seek.h>
#include <bits/size_t.h>
#include <bits/ssize_t.h>
#include <bits/uid_t.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

extern char **environ;

ssize_t read(int, void *, size_t);
ssize_t write(int, const void *, size_t);
int close(int);
off_t lseek(int, off_t, int);
int isatty(int);
__LIBC_NORETURN void _exit(int);

#ifdef __cplusplus
}
#endif

#endif
