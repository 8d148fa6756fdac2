#include <stdlib.h>
#include "exit_impl.h"

/* Handlers registered by atexit() and __cxa_atexit() (which is how the
   compiler registers C++ static destructors and destructor functions),
   kept in blocks so that registration never has a fixed limit while the
   first 32, the number the C standard guarantees, need no allocation. */

struct handler {
	void (*fn)(void *);
	void *arg;
};

struct block {
	struct block *prev;
	struct handler h[32];
};

static struct block first;
static struct block *top = &first;
static size_t used;

int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	(void)dso;
	if (used == sizeof top->h / sizeof top->h[0]) {
		struct block *b = malloc(sizeof *b);
		if (!b)
			return -1;
		b->prev = top;
		top = b;
		used = 0;
	}
	top->h[used].fn = fn;
	top->h[used].arg = arg;
	used++;
	return 0;
}

/* Called once by exit(). Handlers run newest first; one registered while
   this runs is simply the newest and runs next. */
void __run_atexit(void)
{
	for (;;) {
		if (!used) {
			if (!top->prev)
				return;
			/* Blocks are not freed: a handler may still call free(),
			   but nothing here needs the memory back. */
			top = top->prev;
			used = sizeof top->h / sizeof top->h[0];
		}
		used--;
		struct handler h = top->h[used];
		h.fn(h.arg);
	}
}
