// portable
// exit: 3
/* Neither stdio nor atexit is linked here, so exit() must work with its
   stand-ins alone. */
#include <stdlib.h>

int main(int argc, char **argv)
{
	(void)argv;
	exit(argc + 2);
}
