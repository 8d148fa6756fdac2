/* What a single-threaded target decides for semaphores (docs/posix.md):
   waiting at zero fails with EDEADLK, as nobody could post; named
   semaphores live in the process's own table, with POSIX's O_CREAT,
   O_EXCL and unlink rules. */
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <string.h>

#include "errcheck.h"

int main(void)
{
	sem_t u;
	int v = -1;
	CHECK_EQ(sem_init(&u, 0, 0), 0);
	CHECK_ERR(sem_wait(&u), EDEADLK);

	CHECK(sem_open(STR("/a"), 0) == SEM_FAILED && errno == ENOENT);
	sem_t *a = sem_open(STR("/a"), O_CREAT | O_EXCL, 0600, 1u);
	CHECK(a != SEM_FAILED);
	CHECK(sem_open(STR("/a"), O_CREAT | O_EXCL, 0600, 1u) == SEM_FAILED && errno == EEXIST);
	/* Opening again gives the same semaphore, whatever the value asked. */
	sem_t *a2 = sem_open(STR("/a"), O_CREAT, 0600, 7u);
	CHECK(a2 == a);
	CHECK(sem_open(STR("a"), 0) == a);
	CHECK_EQ(sem_wait(a), 0);
	CHECK_EQ(sem_getvalue(a2, &v), 0);
	CHECK_EQ(v, 0);
	CHECK_EQ(sem_post(a2), 0);

	/* Unlinking removes the name, not the open semaphore. */
	CHECK_EQ(sem_unlink(STR("/a")), 0);
	CHECK_ERR(sem_unlink(STR("/a")), ENOENT);
	CHECK(sem_open(STR("/a"), 0) == SEM_FAILED && errno == ENOENT);
	CHECK_EQ(sem_getvalue(a, &v), 0);
	CHECK_EQ(v, 1);
	sem_t *b = sem_open(STR("/a"), O_CREAT | O_EXCL, 0600, 5u);
	CHECK(b != SEM_FAILED && b != a);
	CHECK_EQ(sem_close(a), 0);
	CHECK_EQ(sem_close(a), 0);
	CHECK_EQ(sem_close(a), 0);
	CHECK_ERR(sem_close(&u), EINVAL);
	CHECK_EQ(sem_getvalue(b, &v), 0);
	CHECK_EQ(v, 5);
	CHECK_EQ(sem_close(b), 0);
	/* Closed but still named: it keeps its value. */
	b = sem_open(STR("/a"), 0);
	CHECK(b != SEM_FAILED);
	CHECK_EQ(sem_getvalue(b, &v), 0);
	CHECK_EQ(v, 5);
	CHECK_EQ(sem_close(b), 0);
	CHECK_EQ(sem_unlink(STR("/a")), 0);

	CHECK(sem_open(STR("/x/y"), O_CREAT, 0600, 0u) == SEM_FAILED && errno == EINVAL);
	CHECK(sem_open(STR("/"), O_CREAT, 0600, 0u) == SEM_FAILED && errno == EINVAL);
	CHECK(sem_open(STR("/big"), O_CREAT, 0600, (unsigned)SEM_VALUE_MAX + 1) == SEM_FAILED &&
	      errno == EINVAL);
	static char longname[NAME_MAX + 3];
	memset(longname, 'n', sizeof longname - 1);
	longname[0] = '/';
	CHECK(sem_open(longname, O_CREAT, 0600, 0u) == SEM_FAILED && errno == ENAMETOOLONG);
	CHECK_ERR(sem_unlink(longname), ENAMETOOLONG);

	printf("single-thread semaphores done\n");
	return test_done();
}
