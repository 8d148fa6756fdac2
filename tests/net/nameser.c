/* ns_get16 and relatives read and write big-endian integers; the
   NS_GET/NS_PUT macros also move the pointer. (glibc keeps them in
   libresolv, so this test is not portable.) */
#include <arpa/nameser.h>
#include <string.h>
#include "test.h"

int main(void)
{
	unsigned char buf[8] = { 0x12, 0x34, 0xfe, 0xdc, 0xba, 0x98, 0, 0 };
	const unsigned char *p = buf;

	CHECK_EQ(ns_get16(KEEP(buf)), 0x1234);
	CHECK_EQ(ns_get32(KEEP(buf + 2)), 0xfedcba98UL);
	unsigned s;
	unsigned long l;
	NS_GET16(s, p);
	NS_GET32(l, p);
	CHECK_EQ(s, 0x1234);
	CHECK_EQ(l, 0xfedcba98UL);
	CHECK(p == buf + 6);

	unsigned char out[8];
	unsigned char *q = out;
	memset(out, 0, sizeof out);
	PUTSHORT(NUM(0xabcdu), q);
	PUTLONG(NUM(0x01020304UL), q);
	CHECK(q == out + 6);
	CHECK(!memcmp(out, "\xab\xcd\x01\x02\x03\x04\0\0", 8));
	/* Only the low bits are written. */
	ns_put16(NUM(0x12345u), out);
	CHECK(out[0] == 0x23 && out[1] == 0x45);

	CHECK(ns_t_xfr_p(ns_t_axfr) && ns_t_xfr_p(ns_t_ixfr) && !ns_t_xfr_p(ns_t_a));
	CHECK(!ns_t_udp_p(ns_t_axfr) && ns_t_udp_p(ns_t_mx));
	CHECK(ns_t_qt_p(ns_t_any) && ns_t_mrr_p(ns_t_opt) && ns_t_rr_p(ns_t_aaaa));
	CHECK_EQ(NS_MD5RSA_MAX_BYTES, 8195);
	return test_done();
}
