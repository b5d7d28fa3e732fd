#ifndef SYNTHGEN_CPCRE2_SHIM_H
#define SYNTHGEN_CPCRE2_SHIM_H

// 8-bit code units: patterns and subjects are UTF-8.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// Macros Swift cannot import, as functions.
static inline PCRE2_SIZE synthgen_pcre2_unset(void) { return PCRE2_UNSET; }
static inline uint32_t synthgen_pcre2_utf(void) { return PCRE2_UTF; }
static inline uint32_t synthgen_pcre2_ucp(void) { return PCRE2_UCP; }
static inline uint32_t synthgen_pcre2_caseless(void) { return PCRE2_CASELESS; }
static inline uint32_t synthgen_pcre2_multiline(void) { return PCRE2_MULTILINE; }
static inline uint32_t synthgen_pcre2_jit_complete(void) { return PCRE2_JIT_COMPLETE; }
static inline uint32_t synthgen_pcre2_no_utf_check(void) { return PCRE2_NO_UTF_CHECK; }
static inline int synthgen_pcre2_error_nomatch(void) { return PCRE2_ERROR_NOMATCH; }

#endif
