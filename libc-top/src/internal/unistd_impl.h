#ifndef UNISTD_IMPL_H
#define UNISTD_IMPL_H

/* pathconf's answers, shared by pathconf and fpathconf. */
long __pathconf(int name);

#endif
