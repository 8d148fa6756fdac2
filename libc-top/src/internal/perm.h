#ifndef PERM_H
#define PERM_H

#include <sys/stat.h>
#include <sys/types.h>

/* WASI has no permission bits, owners or groups. The chmod and chown
   families succeed when what they ask for is already what stat reports
   (so tools that copy one file's mode and owner to another work) and fail
   with ENOTSUP otherwise: the file system cannot record anything else. */

hidden int __set_mode(const struct stat *, mode_t);
hidden int __set_owner(const struct stat *, uid_t, gid_t);

#endif
