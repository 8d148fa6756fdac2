#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <bits/blkcnt_t.h>
#include <bits/blksize_t.h>
#include <bits/clock_t.h>
#include <bits/dev_t.h>
#include <bits/gid_t.h>
#include <bits/id_t.h>
#include <bits/ino_t.h>
#include <bits/mode_t.h>
#include <bits/nlink_t.h>
#include <bits/off_t.h>
#include <bits/pid_t.h>
#include <bits/size_t.h>
#include <bits/ssize_t.h>
#include <bits/suseconds_t.h>
#include <bits/time_t.h>
#include <bits/uid_t.h>
#include <bits/useconds_t.h>

#endif
