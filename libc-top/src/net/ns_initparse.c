#include <errno.h>
#include <arpa/nameser.h>

/* The header (RFC 1035 4.1.1): ID, flags and the four sections' counts,
   each 16 bits; then the sections, whose starts are found by walking
   them. The records must end exactly at the end of the message. */
int ns_initparse(const unsigned char *msg, int len, ns_msg *handle)
{
	const unsigned char *p = msg;

	if (len < NS_HFIXEDSZ)
		goto bad;
	handle->_msg = msg;
	handle->_eom = msg + len;
	handle->_id = ns_get16(p);
	handle->_flags = ns_get16(p + 2);
	p += 4;
	for (int i = 0; i < ns_s_max; i++, p += 2)
		handle->_counts[i] = ns_get16(p);
	for (int i = 0; i < ns_s_max; i++) {
		handle->_sections[i] = 0;
		if (!handle->_counts[i])
			continue;
		handle->_sections[i] = p;
		int n = ns_skiprr(p, handle->_eom, i, handle->_counts[i]);
		if (n < 0)
			return -1;
		p += n;
	}
	if (p != handle->_eom)
		goto bad;
	/* No section chosen yet: ns_parserr starts one at its first call. */
	handle->_sect = ns_s_max;
	handle->_rrnum = -1;
	handle->_msg_ptr = 0;
	return 0;
bad:
	errno = EMSGSIZE;
	return -1;
}
