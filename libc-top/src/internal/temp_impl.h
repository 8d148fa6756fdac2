#ifndef TEMP_IMPL_H
#define TEMP_IMPL_H

#include "libc.h"

/* Try names for a temporary file: the six X's before `suffix` characters
   at the end of `template` are replaced with random letters and digits and
   `make` is called on the name until it succeeds or fails other than with
   EEXIST. EINVAL when the template does not end so. */
hidden int __make_temp(char *template, int suffix, int (*make)(const char *, int), int arg);

#endif
