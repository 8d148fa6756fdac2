/* Shared helpers for the C tests. Each test calls CHECK for every claim it
   makes and ends main with `return test_done();`, which prints a summary
   and turns any failure into a nonzero exit status.

   Literal inputs go through STR() and NUM() so the compiler cannot evaluate the
   libc call itself at compile time and so skip the code under test. */
#ifndef TEST_H
#define TEST_H

#include <errno.h>
#include <stdio.h>

static int test_failures;
static int test_checks;

#define CHECK(expr) \
	((void)(test_checks++, (expr) ? 0 : \
		(test_failures++, printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #expr))))

/* Like CHECK for integers, and shows both values on failure. */
#define CHECK_EQ(a, b) do { \
	long long test_a_ = (long long)(a), test_b_ = (long long)(b); \
	test_checks++; \
	if (test_a_ != test_b_) { \
		test_failures++; \
		printf("FAIL %s:%d: %s == %s (%lld != %lld)\n", \
		       __FILE__, __LINE__, #a, #b, test_a_, test_b_); \
	} \
} while (0)

/* A number the compiler cannot see through. */
#define NUM(x) (*(volatile __typeof__(x) *)&(__typeof__(x)){ x })

static inline void *test_launder(void *p)
{
	void *volatile v = p;
	return v;
}

/* errno as the program last left it. Clang assumes that malloc and its
   relatives touch no memory the program can see, so a plain read of
   errno after them may be folded to the value stored before the call. */
#define ERRNO (*(volatile int *)&errno)

/* A pointer the compiler must treat as used and unknown. */
#define KEEP(p) test_launder(p)

/* A string the compiler cannot see through. */
#define STR(s) ((const char *)test_launder((void *)(s)))

static int test_done(void)
{
	if (test_failures) {
		printf("%d of %d checks FAILED\n", test_failures, test_checks);
		return 1;
	}
	printf("ok %d checks\n", test_checks);
	return 0;
}

#endif
