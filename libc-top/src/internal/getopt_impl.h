#ifndef GETOPT_IMPL_H
#define GETOPT_IMPL_H

#include <getopt.h>
#include "libc.h"

/* The one parser behind getopt, getopt_long and getopt_long_only: longs
   is NULL for getopt; long_only lets a single '-' start a long option. */
hidden int __getopt(int argc, char *const *argv, const char *optstring,
	const struct option *longs, int *index, int long_only);

#endif
