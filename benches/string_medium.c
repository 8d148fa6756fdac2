/* String functions on medium buffers. */
#define MIN_SIZE 65
#define MAX_SIZE 4096
#define BYTES 2000000ul
#include "string_sizes.h"
