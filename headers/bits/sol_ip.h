#ifndef _BITS_SOL_IP_H
#define _BITS_SOL_IP_H

/* Option levels for the transport protocols: their protocol numbers. */
#define SOL_TCP 6
#define SOL_UDP 17

#endif
