#ifndef FAIRPLAN_CZLIB_SHIM_H
#define FAIRPLAN_CZLIB_SHIM_H

#include <zlib.h>

/* deflateInit2 and inflateInit2 are macros; Swift cannot call them directly. */
static inline int fp_deflateInit2(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

static inline int fp_inflateInit2(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
