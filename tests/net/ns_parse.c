/* ns_initparse, ns_parserr, ns_skiprr, ns_name_uncompress, ns_msg_getflag:
   a DNS message built by hand (RFC 1035 4.1) with every section, name
   compression pointers and names that need escaping, then broken ones.
   Not portable: glibc keeps these in libresolv, which the native build
   does not link. The expected output was checked by hand against the
   byte offsets below, and against glibc's libresolv. */
#include <arpa/nameser.h>
#include <string.h>

#include "errcheck.h"

static const unsigned char msg[] = {
	/* 0: header: ID 0x1234; QR, opcode 1, AA, RD, RA, AD; counts 1 2 1 1 */
	0x12, 0x34, 0x8d, 0xa0, 0, 1, 0, 2, 0, 1, 0, 1,
	/* 12: question: www.example.com A IN (example.com is at 16) */
	3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0,
	0, 1, 0, 1,
	/* 33: answer: ->12 A IN, TTL 3600, 93.184.216.34 */
	0xc0, 12, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34,
	/* 49: answer: mail.->16 CNAME IN, TTL 60, data ->12 */
	4, 'm', 'a', 'i', 'l', 0xc0, 16, 0, 5, 0, 1, 0, 0, 0, 60, 0, 2, 0xc0, 12,
	/* 68: authority: the root, NS IN, TTL 2^31-1, a.root-servers.net */
	0, 0, 2, 0, 1, 0x7f, 0xff, 0xff, 0xff, 0, 20,
	1, 'a', 12, 'r', 'o', 'o', 't', '-', 's', 'e', 'r', 'v', 'e', 'r', 's', 3, 'n', 'e', 't', 0,
	/* 99: additional: "a.b" "\040\377" ->16, TXT CH, TTL 1, "hello" */
	3, 'a', '.', 'b', 2, ' ', 0xff, 0xc0, 16, 0, 16, 0, 3, 0, 0, 0, 1, 0, 6,
	5, 'h', 'e', 'l', 'l', 'o',
	/* 124: end */
};

static void show(ns_msg *h, ns_sect s, const char *what)
{
	ns_rr rr;
	char name[NS_MAXDNAME];

	for (int i = 0; i < ns_msg_count(*h, s); i++) {
		CHECK_EQ(ns_parserr(h, s, i, &rr), 0);
		printf("%s %d: %s type %d class %d ttl %lu rdlen %d", what, i, ns_rr_name(rr),
		       ns_rr_type(rr), ns_rr_class(rr), (unsigned long)ns_rr_ttl(rr), ns_rr_rdlen(rr));
		if (s == ns_s_qd) {
			CHECK(ns_rr_rdata(rr) == NULL);
		} else if (ns_rr_type(rr) == ns_t_cname || ns_rr_type(rr) == ns_t_ns) {
			int n = ns_name_uncompress(ns_msg_base(*h), ns_msg_end(*h), ns_rr_rdata(rr),
			                           name, sizeof name);
			CHECK_EQ(n, ns_rr_rdlen(rr));
			printf(" -> %s", name);
		} else if (ns_rr_type(rr) == ns_t_a) {
			const unsigned char *a = ns_rr_rdata(rr);
			printf(" -> %d.%d.%d.%d", a[0], a[1], a[2], a[3]);
		}
		printf("\n");
	}
}

int main(void)
{
	const unsigned char *eom = msg + sizeof msg;
	ns_msg h;
	ns_rr rr;
	char name[NS_MAXDNAME];

	CHECK_EQ(sizeof msg, 124);
	CHECK_EQ(ns_initparse(msg, sizeof msg, &h), 0);
	printf("id %#x size %d counts %d %d %d %d\n", ns_msg_id(h), (int)ns_msg_size(h),
	       ns_msg_count(h, ns_s_qd), ns_msg_count(h, ns_s_an), ns_msg_count(h, ns_s_ns),
	       ns_msg_count(h, ns_s_ar));
	printf("flags qr %d opcode %d aa %d tc %d rd %d ra %d z %d ad %d cd %d rcode %d\n",
	       ns_msg_getflag(h, ns_f_qr), ns_msg_getflag(h, ns_f_opcode),
	       ns_msg_getflag(h, ns_f_aa), ns_msg_getflag(h, ns_f_tc), ns_msg_getflag(h, ns_f_rd),
	       ns_msg_getflag(h, ns_f_ra), ns_msg_getflag(h, ns_f_z), ns_msg_getflag(h, ns_f_ad),
	       ns_msg_getflag(h, ns_f_cd), ns_msg_getflag(h, ns_f_rcode));
	CHECK(ns_msg_base(h) == msg && ns_msg_end(h) == eom);
	show(&h, ns_s_qd, "question");
	show(&h, ns_s_an, "answer");
	show(&h, ns_s_ns, "authority");
	show(&h, ns_s_ar, "additional");

	/* Out of order: back to the first answer after the second. */
	CHECK_EQ(ns_parserr(&h, ns_s_an, 1, &rr), 0);
	CHECK(!strcmp(rr.name, "mail.example.com"));
	CHECK_EQ(ns_parserr(&h, ns_s_an, 0, &rr), 0);
	CHECK(!strcmp(rr.name, "www.example.com") && rr.rdata == msg + 45);
	/* The root is "" in the record, "." through ns_rr_name. */
	CHECK_EQ(ns_parserr(&h, ns_s_ns, 0, &rr), 0);
	CHECK(rr.name[0] == 0 && !strcmp(ns_rr_name(rr), "."));
	CHECK_ERR(ns_parserr(&h, ns_s_an, 2, &rr), ENODEV);
	CHECK_ERR(ns_parserr(&h, ns_s_ar, -2, &rr), ENODEV);
	CHECK_ERR(ns_parserr(&h, ns_s_max, 0, &rr), ENODEV);

	/* Sections' lengths. */
	CHECK_EQ(ns_skiprr(msg + 12, eom, ns_s_qd, 1), 21);
	CHECK_EQ(ns_skiprr(msg + 33, eom, ns_s_an, 2), 35);
	CHECK_EQ(ns_skiprr(msg + 33, eom, ns_s_an, 0), 0);
	CHECK_EQ(ns_skiprr(msg + 99, eom, ns_s_ar, 1), 25);
	CHECK_ERR(ns_skiprr(msg + 99, eom - 1, ns_s_ar, 1), EMSGSIZE);
	CHECK_ERR(ns_skiprr(msg + 33, eom, ns_s_an, 6), EMSGSIZE);

	/* Names: the length they take where they are, and the text. */
	CHECK_EQ(ns_name_uncompress(msg, eom, msg + 12, name, sizeof name), 17);
	printf("%s\n", name);
	CHECK_EQ(ns_name_uncompress(msg, eom, msg + 99, name, sizeof name), 9);
	printf("%s\n", name);
	CHECK_EQ(ns_name_uncompress(msg, eom, msg + 68, name, sizeof name), 1);
	printf("%s\n", name);
	CHECK_EQ(ns_name_uncompress(msg, eom, msg + 12, name, 16), 17);
	CHECK_ERR(ns_name_uncompress(msg, eom, msg + 12, name, 15), EMSGSIZE);
	CHECK_ERR(ns_name_uncompress(msg, msg + 20, msg + 12, name, sizeof name), EMSGSIZE);

	/* Broken messages. */
	CHECK_ERR(ns_initparse(msg, 11, &h), EMSGSIZE);
	CHECK_ERR(ns_initparse(msg, sizeof msg - 1, &h), EMSGSIZE);
	unsigned char bad[sizeof msg + 1];
	memcpy(bad, msg, sizeof msg);
	bad[sizeof msg] = 0;
	/* A byte after the last record. */
	CHECK_ERR(ns_initparse(bad, sizeof bad, &h), EMSGSIZE);
	/* A pointer to itself, and a pair that point to each other. */
	bad[33] = 0xc0, bad[34] = 33;
	CHECK_ERR(ns_name_uncompress(bad, bad + sizeof msg, bad + 33, name, sizeof name), EMSGSIZE);
	bad[34] = 49 + 5, bad[54] = 0xc0, bad[55] = 33;
	CHECK_ERR(ns_name_uncompress(bad, bad + sizeof msg, bad + 49, name, sizeof name), EMSGSIZE);
	/* A pointer past the end, and a retired label type. */
	bad[33] = 0xc1, bad[34] = 0;
	CHECK_ERR(ns_name_uncompress(bad, bad + sizeof msg, bad + 33, name, sizeof name), EMSGSIZE);
	bad[33] = 0x41;
	CHECK_ERR(ns_name_uncompress(bad, bad + sizeof msg, bad + 33, name, sizeof name), EMSGSIZE);

	/* 5 labels of 63 bytes: 321 bytes, over the 255 a name may have. */
	unsigned char big[NS_HFIXEDSZ + 5 * 64 + 1] = { 0 };
	for (int i = 0; i < 5; i++) {
		big[NS_HFIXEDSZ + 64 * i] = 63;
		memset(big + NS_HFIXEDSZ + 64 * i + 1, 'x', 63);
	}
	CHECK_ERR(ns_name_uncompress(big, big + sizeof big, big + NS_HFIXEDSZ + 64, name, sizeof name), EMSGSIZE);
	CHECK_EQ(ns_name_uncompress(big, big + sizeof big, big + NS_HFIXEDSZ + 128, name, sizeof name), 193);
	CHECK_EQ(strlen(name), 191);

	/* The flags' table, by the header's layout. */
	CHECK_EQ(_ns_flagdata[ns_f_qr].mask, 0x8000);
	CHECK_EQ(_ns_flagdata[ns_f_opcode].shift, 11);
	CHECK_EQ(_ns_flagdata[ns_f_rcode].mask, 0xf);
	return test_done();
}
