// portable
/* Thread-specific data: values per key, deleted keys, and destructors,
   which do not run when the program returns from main (only at a
   thread's exit; see exit_dtors.c). */
#include <pthread.h>
#include <stdlib.h>

#include "errcheck.h"

static void never(void *p)
{
	printf("destructor ran for %s at exit: wrong\n", (char *)p);
}

static void said(void)
{
	printf("atexit handler\n");
}

int main(void)
{
	pthread_key_t k1, k2, k3;
	CHECK_EQ(pthread_key_create(&k1, NULL), 0);
	CHECK_EQ(pthread_key_create(&k2, never), 0);
	CHECK(k1 != k2);
	CHECK(pthread_getspecific(k1) == NULL);
	CHECK(pthread_getspecific(k2) == NULL);
	static char a[] = "a", b[] = "b";
	CHECK_EQ(pthread_setspecific(k1, a), 0);
	CHECK_EQ(pthread_setspecific(k2, b), 0);
	CHECK(pthread_getspecific(k1) == a);
	CHECK(pthread_getspecific(k2) == b);
	CHECK_EQ(pthread_setspecific(k1, NULL), 0);
	CHECK(pthread_getspecific(k1) == NULL);
	CHECK_EQ(pthread_key_delete(k1), 0);

	/* Keys run out (PTHREAD_KEYS_MAX) with EAGAIN, and deleting one makes
	   room again. */
	pthread_key_t many[2048];
	int n = 0;
	int r;
	while (n < 2048 && (r = pthread_key_create(&many[n], NULL)) == 0)
		n++;
	CHECK_EQ(r, EAGAIN);
	CHECK(n >= 100);
	CHECK_EQ(pthread_key_delete(many[n - 1]), 0);
	CHECK_EQ(pthread_key_create(&k3, NULL), 0);
	CHECK_EQ(pthread_key_create(&k1, NULL), EAGAIN);
	int undeleted = 0;
	for (int i = 0; i < n - 1; i++)
		undeleted += pthread_key_delete(many[i]) != 0;
	CHECK_EQ(undeleted, 0);
	CHECK_EQ(pthread_key_delete(k3), 0);

	atexit(said);
	printf("keys done\n");
	return test_done();
}
