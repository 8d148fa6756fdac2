#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <features.h>
#include <bits/pid_t.h>

#ifdef __cplusplus
extern "C" {
#endif

/* WASI preview 1 has no child processes: wait and waitpid fail with
   ECHILD. The status macros decode a status as POSIX systems lay it out. */
#define WNOHANG 1
#define WUNTRACED 2

#define WEXITSTATUS(s) (((s) & 0xff00) >> 8)
#define WTERMSIG(s) ((s) & 0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WIFEXITED(s) (!WTERMSIG(s))
#define WIFSTOPPED(s) (((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s) (((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)

pid_t wait(int *);
pid_t waitpid(pid_t, int *, int);

#ifdef __cplusplus
}
#endif

#endif
