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
#include <string.h>
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
	{
		/* Nesting deep enough to exhaust a stack is refused. */
		static char deep[2600];
		wordexp_t we;
		for (int i = 0; i < 1000; i++)
			deep[3 + i] = '(', deep[1004 + i] = ')';
		memcpy(deep, "$((", 3);
		deep[1003] = '1';
		memcpy(deep + 2004, "))", 3);
		CHECK_EQ(wordexp(STR(deep), &we, 0), WRDE_SYNTAX);
		for (int i = 0; i < 500; i++)
			memcpy(deep + 4 * i, "${W-", 4), deep[2000 + i] = '}';
		deep[2500] = 0;
		CHECK_EQ(wordexp(STR(deep), &we, 0), WRDE_SYNTAX);
		CHECK_EQ(wordexp(STR("${W-${W-${W-${W-deep}}}}"), &we, 0), 0);
		CHECK(we.we_wordc == 1 && !strcmp(we.we_wordv[0], "deep"));
		wordfree(&we);
	}

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
