// portable
// timeout: 300
/* Half 1 of the million-value printf/strtod round trip (roundtrip_bulk.h). */
#include "roundtrip_bulk.h"

int main(void)
{
	return roundtrip_bulk(1, 600000);
}
