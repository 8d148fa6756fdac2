#ifndef _STDC_PREDEF_H
#define _STDC_PREDEF_H

/* wchar_t holds Unicode code points; float and double are IEEE 754. */
#define __STDC_ISO_10646__ 201206L
#define __STDC_IEC_559__ 1

#endif
