/* ctermid and cuserid on WASI: no controlling terminal and no users, so
   both answer "not found" as POSIX and SUSv2 spell it (docs/posix.md).
   Not portable: glibc names /dev/tty and the user. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

int main(void)
{
	char buf_[L_ctermid], user_[L_cuserid];
	/* LLVM takes ctermid's argument for one it never returns (nocapture):
	   laundered, the comparison below is not folded away. */
	char *buf = KEEP(buf_), *user = KEEP(user_);

	memset(buf, 'x', sizeof buf_);
	CHECK(ctermid(buf) == buf);
	CHECK_EQ(buf[0], 0);
	char *s = ctermid(NULL);
	CHECK(s != NULL && s[0] == 0);
	CHECK(ctermid(NULL) == s);

	memset(user, 'x', sizeof user_);
	CHECK(cuserid(user) == user);
	CHECK_EQ(user[0], 0);
	CHECK(cuserid(NULL) == NULL);
	CHECK(L_ctermid >= 1 && L_cuserid >= 1);
	return test_done();
}
