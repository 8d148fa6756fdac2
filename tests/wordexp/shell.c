// scratch
// env: HOME=/home/u
/* What glibc does otherwise, or hands to a shell: arithmetic, command
   substitution (never possible here), ~name, ${x?word}, and three places
   where we follow POSIX and the shell rather than glibc: an expansion's
   leading and trailing IFS white space ends the fields around it,
   expansion results undergo pathname expansion, and ${x-word} with
   WRDE_UNDEF is no error. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wordexp.h>
#include "test.h"

static void show(const char *word, int flags, int code)
{
	wordexp_t we;
	int r = wordexp(STR(word), &we, flags);

	printf("%-24s %d", word, r);
	CHECK_EQ(r, code);
	for (size_t i = 0; !r && i < we.we_wordc; i++)
		printf(" [%s]", we.we_wordv[i]);
	printf("\n");
	if (!r)
		wordfree(&we);
}

int main(void)
{
	int fd = open("c.h", O_WRONLY | O_CREAT, 0644);

	CHECK(fd >= 0);
	close(fd);
	setenv("S", "  s1  s2  ", 1);
	setenv("G", "*.h", 1);
	setenv("N", "7", 1);
	unsetenv("W");

	show("x${S}y", 0, 0);
	show("$G", 0, 0);
	show("${W-ok}", WRDE_UNDEF, 0);

	show("$((1+2*3))", 0, 0);
	show("$(( (1+2)*3 ))", 0, 0);
	show("$((10%3)) $((-7/2)) $((-3<<2))", 0, 0);
	show("$((N+1)) $((N>5 ? 1 : 2))", 0, 0);
	show("$((W)) $(($N*$N))", 0, 0);
	show("$((1<2 && 2<=2 || 0)) $((!0)) $((~0)) $((5&3|8^1))", 0, 0);
	show("$((0x10 + 010))", 0, 0);
	show("\"$((2+2))\"x", 0, 0);
	show("$((1/0))", 0, WRDE_SYNTAX);
	show("$((1+))", 0, WRDE_SYNTAX);
	show("$((1+2)", 0, WRDE_SYNTAX);

	/* No process can run a command. */
	show("$(echo hi)", 0, WRDE_CMDSUB);
	show("`echo hi`", 0, WRDE_CMDSUB);

	/* There is no user database: ~name stays. HOME gives ~. */
	show("~nobody/x ~", 0, 0);
	unsetenv("HOME");
	show("~/x", 0, 0);

	show("${W?}", 0, WRDE_BADVAL);
	show("${W:?gone}", WRDE_SHOWERR, WRDE_BADVAL);
	show("${N:?set}", 0, 0);
	show("$$ ${#N}", 0, 0);
	return test_done();
}
