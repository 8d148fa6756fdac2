#include <arpa/nameser.h>

/* The second 16-bit word of a DNS header (RFC 1035 4.1.1, with RFC 2535's
   AD and CD bits taken from the old Z field): QR, a 4-bit OPCODE, AA, TC,
   RD, RA, Z, AD, CD and a 4-bit RCODE, from the most significant bit down.
   One entry per ns_flag, in its order, for ns_msg_getflag. */
const struct _ns_flagdata _ns_flagdata[ns_f_max] = {
	[ns_f_qr] = { 0x8000, 15 },
	[ns_f_opcode] = { 0x7800, 11 },
	[ns_f_aa] = { 0x0400, 10 },
	[ns_f_tc] = { 0x0200, 9 },
	[ns_f_rd] = { 0x0100, 8 },
	[ns_f_ra] = { 0x0080, 7 },
	[ns_f_z] = { 0x0040, 6 },
	[ns_f_ad] = { 0x0020, 5 },
	[ns_f_cd] = { 0x0010, 4 },
	[ns_f_rcode] = { 0x000f, 0 },
};
