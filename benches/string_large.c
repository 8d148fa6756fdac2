/* String functions on large buffers. */
#define MIN_SIZE 4097
#define MAX_SIZE 1048576
#define BYTES 1000000ul
#include "string_sizes.h"
