#include "locale_impl.h"

struct __locale_struct __global_locale = {
	{ "C", "C", "C", "C", "C", "C" }
};

locale_t __thread_locale;

locale_t __locale_current(void)
{
	return __thread_locale ? __thread_locale : &__global_locale;
}
