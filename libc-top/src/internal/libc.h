#ifndef LIBC_H
#define LIBC_H

/* Visible across libc's own objects but not exported from a linked module. */
#define hidden __attribute__((__visibility__("hidden")))

#define weak __attribute__((__weak__))

/* Define `new` as another, weak, name for `old`. */
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

#endif
