#include <errno.h>
#include <string.h>
#include <arpa/nameser.h>
#include "net_impl.h"

/* The handle remembers where it is (section, record number, position),
   so reading the records of a section in order walks it once. */
static void set_section(ns_msg *handle, int section)
{
	handle->_sect = section;
	if (section == ns_s_max) {
		handle->_rrnum = -1;
		handle->_msg_ptr = 0;
	} else {
		handle->_rrnum = 0;
		handle->_msg_ptr = handle->_sections[section];
	}
}

/* Record rrnum of a section (-1: the next one), into rr. */
int ns_parserr(ns_msg *handle, ns_sect section, int rrnum, ns_rr *rr)
{
	if ((unsigned)section >= ns_s_max) {
		errno = ENODEV;
		return -1;
	}
	if (section != handle->_sect)
		set_section(handle, section);
	if (rrnum == -1)
		rrnum = handle->_rrnum;
	if (rrnum < 0 || rrnum >= handle->_counts[section]) {
		errno = ENODEV;
		return -1;
	}
	if (rrnum < handle->_rrnum)
		set_section(handle, section);
	if (rrnum > handle->_rrnum) {
		int n = ns_skiprr(handle->_msg_ptr, handle->_eom, section, rrnum - handle->_rrnum);
		if (n < 0)
			return -1;
		handle->_msg_ptr += n;
		handle->_rrnum = rrnum;
	}

	const unsigned char *p = handle->_msg_ptr, *eom = handle->_eom;
	int n = __dns_expand(handle->_msg, eom, p, rr->name, sizeof rr->name);
	if (n < 0)
		return -1;
	/* The root is the empty string here; ns_rr_name shows it as ".". */
	if (!strcmp(rr->name, "."))
		rr->name[0] = 0;
	p += n;
	if (eom - p < NS_QFIXEDSZ)
		goto bad;
	rr->type = ns_get16(p);
	rr->rr_class = ns_get16(p + 2);
	p += NS_QFIXEDSZ;
	if (section == ns_s_qd) {
		rr->ttl = 0;
		rr->rdlength = 0;
		rr->rdata = 0;
	} else {
		if (eom - p < NS_RRFIXEDSZ - NS_QFIXEDSZ)
			goto bad;
		rr->ttl = ns_get32(p);
		rr->rdlength = ns_get16(p + 4);
		p += NS_RRFIXEDSZ - NS_QFIXEDSZ;
		if (eom - p < rr->rdlength)
			goto bad;
		rr->rdata = p;
		p += rr->rdlength;
	}
	handle->_msg_ptr = p;
	/* Past a section's last record, the handle moves to the next. */
	if (++handle->_rrnum >= handle->_counts[section])
		set_section(handle, section + 1);
	return 0;
bad:
	errno = EMSGSIZE;
	return -1;
}
