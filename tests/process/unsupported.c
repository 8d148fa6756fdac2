/* What WASI preview 1 cannot do fails cleanly, with the errno POSIX names,
   and every function links (docs/posix.md). */
#include <sys/wait.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	char *argv[] = { "prog", NULL };
	int status;

	CHECK_ERR(fork(), ENOSYS);
	CHECK_ERR(vfork(), ENOSYS);
	CHECK_ERR(execv("/bin/sh", argv), ENOSYS);
	CHECK_ERR(execvp("sh", argv), ENOSYS);
	CHECK_ERR(execl("/bin/sh", "sh", "-c", "true", (char *)NULL), ENOSYS);
	CHECK_ERR(waitpid(-1, &status, 0), ECHILD);
	CHECK_ERR(wait(&status), ECHILD);
	CHECK(WIFEXITED(0x0300) && WEXITSTATUS(0x0300) == 3);
	CHECK(WIFSIGNALED(0x0009) && WTERMSIG(0x0009) == 9);
	return test_done();
}
