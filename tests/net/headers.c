// portable
/* The packet headers lay their bit-fields out as the wire does, and the
   protocol numbers agree with glibc's. */
#define _DEFAULT_SOURCE
#define TELOPTS
#define TELCMDS
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <arpa/telnet.h>
#include <netinet/icmp6.h>
#include <netinet/ip.h>
#include <netinet/ip6.h>
#include <netinet/ip_icmp.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <string.h>
#include "test.h"

#define SHOW(x) printf("%s = %ld\n", #x, (long)(x))

int main(void)
{
	SHOW(sizeof(struct ip));
	SHOW(sizeof(struct iphdr));
	SHOW(sizeof(struct tcphdr));
	SHOW(sizeof(struct icmphdr));
	SHOW(sizeof(struct icmp6_hdr));
	SHOW(sizeof(struct ip6_hdr));
	SHOW(sizeof(struct ip6_frag));
	SHOW(sizeof(struct nd_router_advert));
	SHOW(sizeof(struct nd_neighbor_solicit));
	SHOW(sizeof(struct nd_opt_prefix_info));
	SHOW(sizeof(struct mld_hdr));
	SHOW(sizeof(struct icmp6_filter));
	SHOW(sizeof(HEADER));
	SHOW(offsetof(struct ip, ip_src));
	SHOW(offsetof(struct tcphdr, th_win));
	SHOW(offsetof(struct ip6_hdr, ip6_dst));
	SHOW(ICMP_MINLEN);
	SHOW(ICMP_ADVLENMIN);
	SHOW(IPTOS_DSCP_EF);
	SHOW(IPOPT_SECUR_TOPSECRET);
	SHOW(TCP_NODELAY);
	SHOW(TCP_KEEPIDLE);
	SHOW(TCPOLEN_TIMESTAMP);
	SHOW(ICMP6_ECHO_REQUEST);
	SHOW(ND_NEIGHBOR_ADVERT);
	SHOW(IP6OPT_JUMBO);
	SHOW(T_AAAA);
	SHOW(ns_t_srv);
	SHOW(C_IN);
	SHOW(NS_MAXDNAME);
	SHOW(TELOPT_NAWS);
	SHOW(NTELOPTS);

	/* Version 4, header length 5 words: the first byte is 0x45. */
	struct ip ip;
	memset(&ip, 0, sizeof ip);
	ip.ip_v = 4;
	ip.ip_hl = 5;
	CHECK_EQ(((unsigned char *)&ip)[0], 0x45);
	struct iphdr ih;
	memset(&ih, 0, sizeof ih);
	ih.version = 4;
	ih.ihl = 6;
	CHECK_EQ(((unsigned char *)&ih)[0], 0x46);

	/* Data offset 5 words in the top four bits of byte 12. */
	struct tcphdr th;
	memset(&th, 0, sizeof th);
	th.th_off = 5;
	th.th_flags = TH_SYN | TH_ACK;
	CHECK_EQ(((unsigned char *)&th)[12], 0x50);
	CHECK_EQ(((unsigned char *)&th)[13], 0x12);

	/* A DNS query with recursion desired: bytes 2 and 3 are 0x01 0x00;
	   a response adds 0x80 and its code. */
	HEADER h;
	memset(&h, 0, sizeof h);
	h.rd = 1;
	CHECK_EQ(((unsigned char *)&h)[2], 0x01);
	h.qr = 1;
	h.opcode = QUERY;
	h.ra = 1;
	h.rcode = NXDOMAIN;
	CHECK_EQ(((unsigned char *)&h)[2], 0x81);
	CHECK_EQ(((unsigned char *)&h)[3], 0x83);

	/* The IPv6 version in the top nibble of the first byte. */
	struct ip6_hdr i6;
	memset(&i6, 0, sizeof i6);
	i6.ip6_vfc = 6 << 4;
	CHECK_EQ(((unsigned char *)&i6)[0], 0x60);
	CHECK_EQ(IP6OPT_TYPE(IP6OPT_JUMBO), IP6OPT_TYPE_ICMP);

	struct icmp6_filter f;
	ICMP6_FILTER_SETBLOCKALL(&f);
	ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &f);
	CHECK(ICMP6_FILTER_WILLPASS(ICMP6_ECHO_REPLY, &f));
	CHECK(ICMP6_FILTER_WILLBLOCK(ICMP6_ECHO_REQUEST, &f));
	ICMP6_FILTER_SETPASSALL(&f);
	CHECK(ICMP6_FILTER_WILLPASS(ICMP6_ECHO_REQUEST, &f));

	/* The address tests of <netinet/in.h>. */
	static const char *const addrs[] = {
		"::", "::1", "ff02::1", "ff05::2", "ff0e::3", "ff01::4", "ff08::5", "fe80::1",
		"fec0::1", "::ffff:1.2.3.4", "::1.2.3.4", "2001:db8::1",
	};
	for (size_t i = 0; i < sizeof addrs / sizeof *addrs; i++) {
		struct in6_addr a, b;
		CHECK_EQ(inet_pton(AF_INET6, addrs[i], &a), 1);
		b = a;
		printf("%-14s %d%d%d%d%d%d%d %d%d%d%d%d %d\n", addrs[i], IN6_IS_ADDR_UNSPECIFIED(&a),
		       IN6_IS_ADDR_LOOPBACK(&a), IN6_IS_ADDR_MULTICAST(&a), IN6_IS_ADDR_LINKLOCAL(&a),
		       IN6_IS_ADDR_SITELOCAL(&a), IN6_IS_ADDR_V4MAPPED(&a), IN6_IS_ADDR_V4COMPAT(&a),
		       IN6_IS_ADDR_MC_NODELOCAL(&a), IN6_IS_ADDR_MC_LINKLOCAL(&a),
		       IN6_IS_ADDR_MC_SITELOCAL(&a), IN6_IS_ADDR_MC_ORGLOCAL(&a),
		       IN6_IS_ADDR_MC_GLOBAL(&a), IN6_ARE_ADDR_EQUAL(&a, &b));
		b.s6_addr[15] ^= 1;
		CHECK(!IN6_ARE_ADDR_EQUAL(&a, &b));
	}
	CHECK(IN_CLASSA(0x0a000001) && IN_CLASSB(0x80000001) && IN_CLASSC(0xc0000001));
	CHECK(IN_MULTICAST(0xe0000001) && IN_BADCLASS(0xf0000001) && !IN_CLASSA(0x80000000));
	SHOW(IP_TOS);
	SHOW(IP_ADD_MEMBERSHIP);
	SHOW(IPV6_V6ONLY);
	SHOW(IPV6_JOIN_GROUP);
	SHOW(MCAST_JOIN_GROUP);
	SHOW(IN_CLASSB_HOST);

	CHECK(ICMP_INFOTYPE(ICMP_ECHO) && !ICMP_INFOTYPE(ICMP_UNREACH));
	CHECK(ns_t_axfr == T_AXFR && ns_c_in == C_IN);
	printf("%s %s %s\n", TELCMD(IAC), TELOPT(TELOPT_TTYPE), TELOPT(TELOPT_NEW_ENVIRON));
	CHECK(TELCMD_OK(IAC) && !TELCMD_OK(NUM(200)) && TELOPT_OK(TELOPT_NAWS));
	return test_done();
}
