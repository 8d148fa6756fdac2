/* String functions on small buffers. */
#define MIN_SIZE 1
#define MAX_SIZE 64
#define BYTES 300000ul
#include "string_sizes.h"
