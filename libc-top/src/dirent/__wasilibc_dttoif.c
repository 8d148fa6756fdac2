#include <dirent.h>
#include <sys/stat.h>

/* DTTOIF: a d_type as the file-type bits of a mode; 0 for DT_UNKNOWN. */
int __wasilibc_dttoif(int type)
{
	switch (type) {
	case DT_BLK: return S_IFBLK;
	case DT_CHR: return S_IFCHR;
	case DT_DIR: return S_IFDIR;
	case DT_FIFO: return S_IFIFO;
	case DT_LNK: return S_IFLNK;
	case DT_REG: return S_IFREG;
	case DT_SOCK: return S_IFSOCK;
	default: return 0;
	}
}
