#include <dirent.h>
#include <sys/stat.h>

/* IFTODT: a mode's file type as a d_type. The d_type values are WASI's
   file types, not the mode bits shifted down, so this is a table. */
int __wasilibc_iftodt(int mode)
{
	switch (mode & S_IFMT) {
	case S_IFBLK: return DT_BLK;
	case S_IFCHR: return DT_CHR;
	case S_IFDIR: return DT_DIR;
	case S_IFIFO: return DT_FIFO;
	case S_IFLNK: return DT_LNK;
	case S_IFREG: return DT_REG;
	case S_IFSOCK: return DT_SOCK;
	default: return DT_UNKNOWN;
	}
}
