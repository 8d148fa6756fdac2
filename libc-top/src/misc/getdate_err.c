#include <time.h>

int getdate_err;
