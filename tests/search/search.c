// portable
/* The search.h tables: tree shape is the implementation's, so the tree
   test prints only what POSIX fixes (in-order walk, finds, deletes);
   the hash table stays within the size asked for. */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int walked[1000], nwalked, depth_ok = 1, max_depth;

static void visit(const void *node, VISIT v, int depth)
{
	if (v == postorder || v == leaf)
		walked[nwalked++] = **(int *const *)node;
	if (depth > max_depth)
		max_depth = depth;
}

static int keys[1000];

static uint32_t seed = 2463534242u;

static uint32_t next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 17;
	seed ^= seed << 5;
	return seed;
}

static int freed;

static void free_key(void *k)
{
	(void)k;
	freed++;
}

struct q {
	struct q *next, *prev;
	int v;
};

int main(void)
{
	void *root = NULL;
	for (int i = 0; i < 1000; i++)
		keys[i] = (int)(next() % 5000);
	int distinct = 0;
	for (int i = 0; i < 1000; i++) {
		void *had = tfind(&keys[i], &root, cmp_int);
		int **p = tsearch(&keys[i], &root, cmp_int);
		CHECK(p && **p == keys[i]);
		distinct += !had;
	}
	nwalked = 0;
	twalk(root, visit);
	CHECK_EQ(nwalked, distinct);
	for (int i = 1; i < nwalked; i++)
		CHECK(walked[i - 1] < walked[i]);
	CHECK(max_depth < 15);  /* balanced: 1.44 log2 n at most */
	printf("distinct %d first %d last %d\n", distinct, walked[0], walked[nwalked - 1]);

	int removed = 0;
	for (int i = 0; i < 1000; i += 2) {
		if (tfind(&keys[i], &root, cmp_int)) {
			CHECK(tdelete(&keys[i], &root, cmp_int) != NULL);
			removed++;
		}
		CHECK(tfind(&keys[i], &root, cmp_int) == NULL);
		CHECK(tdelete(&keys[i], &root, cmp_int) == NULL);
	}
	nwalked = 0;
	max_depth = 0;
	twalk(root, visit);
	CHECK_EQ(nwalked, distinct - removed);
	for (int i = 1; i < nwalked; i++)
		CHECK(walked[i - 1] < walked[i]);
	CHECK(max_depth < 15);
	printf("after deletes %d\n", nwalked);
	freed = 0;
	tdestroy(root, free_key);
	CHECK_EQ(freed, nwalked);
	root = NULL;
	int one = 1;
	CHECK(tsearch(&one, &root, cmp_int) != NULL);
	CHECK(tdelete(&one, &root, cmp_int) != NULL);
	CHECK(root == NULL);

	int arr[10] = { 5, 3, 8 };
	size_t n = 3;
	int k = 8, k2 = 4;
	CHECK(lfind(&k, arr, &n, sizeof *arr, cmp_int) == &arr[2]);
	CHECK(lfind(&k2, arr, &n, sizeof *arr, cmp_int) == NULL);
	CHECK(lsearch(&k2, arr, &n, sizeof *arr, cmp_int) == &arr[3]);
	CHECK(n == 4 && arr[3] == 4);
	CHECK(lsearch(&k, arr, &n, sizeof *arr, cmp_int) == &arr[2] && n == 4);

	CHECK(hcreate(100));
	static char names[100][8];
	for (int i = 0; i < 100; i++) {
		snprintf(names[i], sizeof names[i], "k%d", i);
		ENTRY e = { names[i], (void *)(intptr_t)i }, *r = hsearch(e, ENTER);
		CHECK(r && r->data == (void *)(intptr_t)i);
	}
	ENTRY e = { "k42", NULL }, *r = hsearch(e, FIND);
	CHECK(r && r->data == (void *)(intptr_t)42);
	e.data = (void *)7;
	r = hsearch(e, ENTER);
	CHECK(r && r->data == (void *)(intptr_t)42);  /* ENTER keeps the old */
	e.key = "missing";
	errno = 0;
	CHECK(hsearch(e, FIND) == NULL && ERRNO == ESRCH);
	hdestroy();

	struct hsearch_data h;
	memset(&h, 0, sizeof h);
	CHECK(hcreate_r(10, &h));
	ENTRY *out;
	e.key = "a";
	e.data = (void *)1;
	CHECK(hsearch_r(e, ENTER, &out, &h) && out->data == (void *)1);
	CHECK(hsearch_r(e, FIND, &out, &h) && out->data == (void *)1);
	e.key = "b";
	CHECK(!hsearch_r(e, FIND, &out, &h) && out == NULL);
	hdestroy_r(&h);

	struct q a = { .v = 1 }, b = { .v = 2 }, c = { .v = 3 };
	insque(&a, NULL);
	insque(&c, &a);
	insque(&b, &a);
	CHECK(a.next == &b && b.next == &c && c.next == NULL);
	CHECK(c.prev == &b && b.prev == &a && a.prev == NULL);
	remque(&b);
	CHECK(a.next == &c && c.prev == &a);
	remque(&a);
	CHECK(c.prev == NULL);
	return test_done();
}
