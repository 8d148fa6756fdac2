#include "wctype_impl.h"

/* In the order of wctype()'s results, from 1. */
const char __wctype_names[CLASS_COUNT][8] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};
