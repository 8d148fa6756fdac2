// portable
/* Unnamed semaphores counted by one thread: trywait and timedwait at
   zero, and the limits of the count. */
#include <limits.h>
#include <semaphore.h>
#include <time.h>

#include "errcheck.h"

int main(void)
{
	sem_t s;
	int v = -1;
	const struct timespec past = { 1, 0 };
	CHECK_ERR(sem_init(&s, 0, NUM((unsigned)SEM_VALUE_MAX + 1)), EINVAL);
	CHECK_EQ(sem_init(&s, 0, 2), 0);
	CHECK_EQ(sem_getvalue(&s, &v), 0);
	CHECK_EQ(v, 2);
	CHECK_EQ(sem_wait(&s), 0);
	CHECK_EQ(sem_trywait(&s), 0);
	CHECK_ERR(sem_trywait(&s), EAGAIN);
	CHECK_ERR(sem_timedwait(&s, &past), ETIMEDOUT);
	struct timespec bad = { 1, NUM(2000000000L) };
	CHECK_ERR(sem_timedwait(&s, &bad), EINVAL);
	CHECK_EQ(sem_getvalue(&s, &v), 0);
	CHECK_EQ(v, 0);
	CHECK_EQ(sem_post(&s), 0);
	CHECK_EQ(sem_timedwait(&s, &past), 0);
	CHECK_EQ(sem_post(&s), 0);
	CHECK_EQ(sem_post(&s), 0);
	CHECK_EQ(sem_getvalue(&s, &v), 0);
	CHECK_EQ(v, 2);
	CHECK_EQ(sem_destroy(&s), 0);

	/* A process-shared one, with nobody else to share it. */
	CHECK_EQ(sem_init(&s, 1, SEM_VALUE_MAX), 0);
	CHECK_ERR(sem_post(&s), EOVERFLOW);
	CHECK_EQ(sem_wait(&s), 0);
	CHECK_EQ(sem_post(&s), 0);
	CHECK_EQ(sem_getvalue(&s, &v), 0);
	CHECK_EQ(v, SEM_VALUE_MAX);
	CHECK_EQ(sem_destroy(&s), 0);

	printf("semaphores done\n");
	return test_done();
}
