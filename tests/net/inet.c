// portable
/* Address text conversions against a table of valid and invalid forms;
   the output is what glibc prints for the same table. */
#define _DEFAULT_SOURCE
#include <arpa/inet.h>
#include <string.h>
#include "errcheck.h"

static const char *const v4[] = {
	"0.0.0.0", "1.2.3.4", "255.255.255.255", "192.168.0.1", "10.0.0.255",
	"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "1.2.3.4 ",
	" 1.2.3.4", "1..3.4", "", "1.2.3.-4", "0x1.2.3.4", "1.2.3.4x", "1.2.3.",
};

static const char *const v6[] = {
	"::", "::1", "1::", "1::2", "2001:db8::1", "2001:DB8:0:0:8:800:200C:417A",
	"2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1", "1:0:0:2:0:0:3:4",
	"1:2:3:4:5:6:7:8", "0:0:0:0:0:0:0:0", "1:0:2:3:4:5:6:7",
	"::ffff:1.2.3.4", "::1.2.3.4", "::0.0.0.2", "::ffff:0:0", "::2:3",
	"1:2:3:4:5:6:1.2.3.4", "fe80::0001", "0001:0002::", "1:2:3:4:5:6:7::",
	"::2:3:4:5:6:7:8", "::ffff:ffff:1.2.3.4",
	"", ":", ":::", "1:::2", "1::2::3", ":1::", "1:", "1:2:3:4:5:6:7:8:9",
	"1:2:3:4:5:6:7", "12345::", "::g", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8",
	"::1.2.3", "::1.2.3.4.5", "::256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4",
	"1.2.3.4", "::01.2.3.4", "::ffff:1.2.3.4:1", "1::2 ", " ::1",
};

static const char *const aton[] = {
	"1.2.3.4", "1.2.3", "1.2", "1", "0x7f.1", "010.0.0.1", "0xffffffff",
	"4294967295", "1.16777215", "1.2.65535", "127.1 junk",
	"4294967296", "1.16777216", "1.2.65536", "256.1", "1.2.3.4.5", "",
	"08", "1.", ".1", "a", "1..2", " 1", "1.2.3.256",
};

static const char *const network[] = {
	"10", "10.1", "1.2.3.4", "0x7f", "010.1", "255.255",
	"256", "1.2.3.4.5", "", "1.", "x", "1.2.3.256",
};

int main(void)
{
	char buf[INET6_ADDRSTRLEN];
	unsigned char a[16];

	for (size_t i = 0; i < sizeof v4 / sizeof *v4; i++) {
		memset(a, 0xee, sizeof a);
		int r = inet_pton(AF_INET, STR(v4[i]), a);
		printf("pton4 \"%s\" %d", v4[i], r);
		if (r == 1) {
			CHECK(inet_ntop(AF_INET, a, buf, sizeof buf) == buf);
			printf(" -> %s", buf);
		}
		CHECK(a[4] == 0xee);
		printf("\n");
	}
	for (size_t i = 0; i < sizeof v6 / sizeof *v6; i++) {
		int r = inet_pton(AF_INET6, STR(v6[i]), a);
		printf("pton6 \"%s\" %d", v6[i], r);
		if (r == 1) {
			CHECK(inet_ntop(AF_INET6, a, buf, sizeof buf) == buf);
			printf(" -> %s", buf);
			unsigned char b[16];
			CHECK_EQ(inet_pton(AF_INET6, buf, b), 1);
			CHECK(!memcmp(a, b, 16));
		}
		printf("\n");
	}
	for (size_t i = 0; i < sizeof aton / sizeof *aton; i++) {
		struct in_addr in = { 0 };
		int r = inet_aton(STR(aton[i]), &in);
		in_addr_t v = inet_addr(STR(aton[i]));
		printf("aton \"%s\" %d %08x", aton[i], r, (unsigned)ntohl(in.s_addr));
		CHECK(r ? v == in.s_addr : v == INADDR_NONE);
		if (r)
			printf(" %s", inet_ntoa(in));
		printf("\n");
	}
	for (size_t i = 0; i < sizeof network / sizeof *network; i++)
		printf("network \"%s\" %08x\n", network[i],
		       (unsigned)inet_network(STR(network[i])));

	/* Byte order. */
	CHECK_EQ(htonl(NUM(0x01020304u)), 0x04030201u);
	CHECK_EQ(ntohl(NUM(0x01020304u)), 0x04030201u);
	CHECK_EQ(htons(NUM((uint16_t)0x0102)), 0x0201);
	CHECK_EQ(ntohs(NUM((uint16_t)0x0102)), 0x0201);
	unsigned char be[4] = { 10, 0, 0, 1 };
	uint32_t w;
	memcpy(&w, be, 4);
	CHECK_EQ(ntohl(w), 0x0a000001);

	/* Classful helpers. */
	struct in_addr in;
	in = inet_makeaddr(NUM(10u), NUM(0x020304u));
	CHECK_EQ(ntohl(in.s_addr), 0x0a020304);
	CHECK_EQ(inet_netof(in), 10);
	CHECK_EQ(inet_lnaof(in), 0x020304);
	in = inet_makeaddr(NUM(0x8001u), NUM(0x0203u));
	CHECK_EQ(ntohl(in.s_addr), 0x80010203);
	CHECK_EQ(inet_netof(in), 0x8001);
	CHECK_EQ(inet_lnaof(in), 0x0203);
	in = inet_makeaddr(NUM(0xc00001u), NUM(7u));
	CHECK_EQ(ntohl(in.s_addr), 0xc0000107);
	CHECK_EQ(inet_netof(in), 0xc00001);
	CHECK_EQ(inet_lnaof(in), 7);
	in.s_addr = htonl(0xe0000001);
	CHECK_EQ(inet_netof(in), 0xe00000);
	CHECK_EQ(inet_lnaof(in), 1);

	/* The constants. */
	CHECK(!memcmp(&in6addr_any, (unsigned char[16]){ 0 }, 16));
	CHECK(inet_ntop(AF_INET6, &in6addr_loopback, buf, sizeof buf));
	CHECK(!strcmp(buf, "::1"));

	/* Errors: the buffer must hold the text and its terminator. */
	inet_pton(AF_INET6, "2001:db8::1", a);
	CHECK(inet_ntop(AF_INET6, a, buf, 12) == buf);
	errno = 0;
	CHECK(!inet_ntop(AF_INET6, a, buf, 11));
	CHECK_EQ(ERRNO, ENOSPC);
	inet_pton(AF_INET, "255.255.255.255", a);
	CHECK(inet_ntop(AF_INET, a, buf, 16) == buf);
	errno = 0;
	CHECK(!inet_ntop(AF_INET, a, buf, 15));
	CHECK_EQ(ERRNO, ENOSPC);
	errno = 0;
	CHECK(!inet_ntop(AF_INET, a, buf, 0));
	CHECK_EQ(ERRNO, ENOSPC);
	errno = 0;
	CHECK(!inet_ntop(NUM(AF_UNSPEC), a, buf, sizeof buf));
	CHECK_EQ(ERRNO, EAFNOSUPPORT);
	CHECK_ERR(inet_pton(NUM(AF_UNSPEC), "1.2.3.4", a), EAFNOSUPPORT);
	return test_done();
}
