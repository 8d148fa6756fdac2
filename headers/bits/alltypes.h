/* The musl convention, which prebuilt code keeps using: define __NEED_T,
   include <bits/alltypes.h>, get the type T. Debian's libc++ for wasm32
   was configured for a musl-based libc and asks for mbstate_t this way.
   Our own headers include one header per type instead; this only maps the
   requests onto those. No include guard, on purpose: each inclusion
   serves what is asked at that point, and each header below has its own. */

#ifdef __NEED_DIR
#include <bits/DIR.h>
#endif

#ifdef __NEED_FILE
#include <bits/FILE.h>
#endif

#ifdef __NEED_blkcnt_t
#include <bits/blkcnt_t.h>
#endif

#ifdef __NEED_blksize_t
#include <bits/blksize_t.h>
#endif

#ifdef __NEED_clock_t
#include <bits/clock_t.h>
#endif

#ifdef __NEED_clockid_t
#include <bits/clockid_t.h>
#endif

#ifdef __NEED_cnd_t
#include <bits/cnd_t.h>
#endif

#ifdef __NEED_dev_t
#include <bits/dev_t.h>
#endif

#ifdef __NEED_fsblkcnt_t
#include <bits/fsblkcnt_t.h>
#endif

#ifdef __NEED_fsfilcnt_t
#include <bits/fsfilcnt_t.h>
#endif

#ifdef __NEED_gid_t
#include <bits/gid_t.h>
#endif

#ifdef __NEED_id_t
#include <bits/id_t.h>
#endif

#ifdef __NEED_in_addr_t
#include <bits/in_addr_t.h>
#endif

#ifdef __NEED_in_port_t
#include <bits/in_port_t.h>
#endif

#ifdef __NEED_ino_t
#include <bits/ino_t.h>
#endif

#ifdef __NEED_intptr_t
#include <bits/intptr_t.h>
#endif

#ifdef __NEED_key_t
#include <bits/key_t.h>
#endif

#ifdef __NEED_locale_t
#include <bits/locale_t.h>
#endif

#ifdef __NEED_mbstate_t
#include <bits/mbstate_t.h>
#endif

#ifdef __NEED_mode_t
#include <bits/mode_t.h>
#endif

#ifdef __NEED_mtx_t
#include <bits/mtx_t.h>
#endif

#ifdef __NEED_nfds_t
#include <bits/nfds_t.h>
#endif

#ifdef __NEED_nlink_t
#include <bits/nlink_t.h>
#endif

#ifdef __NEED_off_t
#include <bits/off_t.h>
#endif

#ifdef __NEED_pid_t
#include <bits/pid_t.h>
#endif

#ifdef __NEED_pthread_attr_t
#include <bits/pthread_attr_t.h>
#endif

#ifdef __NEED_pthread_barrier_t
#include <bits/pthread_barrier_t.h>
#endif

#ifdef __NEED_pthread_barrierattr_t
#include <bits/pthread_barrierattr_t.h>
#endif

#ifdef __NEED_pthread_cond_t
#include <bits/pthread_cond_t.h>
#endif

#ifdef __NEED_pthread_condattr_t
#include <bits/pthread_condattr_t.h>
#endif

#ifdef __NEED_pthread_key_t
#include <bits/pthread_key_t.h>
#endif

#ifdef __NEED_pthread_mutex_t
#include <bits/pthread_mutex_t.h>
#endif

#ifdef __NEED_pthread_mutexattr_t
#include <bits/pthread_mutexattr_t.h>
#endif

#ifdef __NEED_pthread_once_t
#include <bits/pthread_once_t.h>
#endif

#ifdef __NEED_pthread_rwlock_t
#include <bits/pthread_rwlock_t.h>
#endif

#ifdef __NEED_pthread_rwlockattr_t
#include <bits/pthread_rwlockattr_t.h>
#endif

#ifdef __NEED_pthread_spinlock_t
#include <bits/pthread_spinlock_t.h>
#endif

#ifdef __NEED_pthread_t
#include <bits/pthread_t.h>
#endif

#ifdef __NEED_ptrdiff_t
#include <bits/ptrdiff_t.h>
#endif

#ifdef __NEED_register_t
#include <bits/register_t.h>
#endif

#ifdef __NEED_sa_family_t
#include <bits/sa_family_t.h>
#endif

#ifdef __NEED_sigset_t
#include <bits/sigset_t.h>
#endif

#ifdef __NEED_size_t
#include <bits/size_t.h>
#endif

#ifdef __NEED_socklen_t
#include <bits/socklen_t.h>
#endif

#ifdef __NEED_ssize_t
#include <bits/ssize_t.h>
#endif

#ifdef __NEED_struct_dirent
#include <bits/struct_dirent.h>
#endif

#ifdef __NEED_struct_in6_addr
#include <bits/struct_in6_addr.h>
#endif

#ifdef __NEED_struct_in_addr
#include <bits/struct_in_addr.h>
#endif

#ifdef __NEED_struct_iovec
#include <bits/struct_iovec.h>
#endif

#ifdef __NEED_struct_pollfd
#include <bits/struct_pollfd.h>
#endif

#ifdef __NEED_struct_sockaddr
#include <bits/struct_sockaddr.h>
#endif

#ifdef __NEED_struct_sockaddr_storage
#include <bits/struct_sockaddr_storage.h>
#endif

#ifdef __NEED_struct_stat
#include <bits/struct_stat.h>
#endif

#ifdef __NEED_struct_timespec
#include <bits/struct_timespec.h>
#endif

#ifdef __NEED_struct_timeval
#include <bits/struct_timeval.h>
#endif

#ifdef __NEED_struct_tm
#include <bits/struct_tm.h>
#endif

#ifdef __NEED_suseconds_t
#include <bits/suseconds_t.h>
#endif

#ifdef __NEED_time_t
#include <bits/time_t.h>
#endif

#ifdef __NEED_timer_t
#include <bits/timer_t.h>
#endif

#ifdef __NEED_uid_t
#include <bits/uid_t.h>
#endif

#ifdef __NEED_useconds_t
#include <bits/useconds_t.h>
#endif

#ifdef __NEED_wchar_t
#include <bits/wchar_t.h>
#endif

#ifdef __NEED_wctrans_t
#include <bits/wctrans_t.h>
#endif

#ifdef __NEED_wctype_t
#include <bits/wctype_t.h>
#endif

#ifdef __NEED_wint_t
#include <bits/wint_t.h>
#endif
