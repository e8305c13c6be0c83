/* Under wine only, never shipped: wine 8 has no icuuc.dll, and Qt6Core imports 20 ucnv_*
   functions from it (Windows 10 1703+ has it). Every converter "fails to open", so Qt falls back
   to its own codecs; the other functions are never reached and only need to exist. */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
void ucnv_close(void *cnv) { (void)cnv; }
void ucnv_reset(void *cnv) { (void)cnv; }
int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
void ucnv_setToUCallBack(void *c, void *a, const void *b, void **d, const void **e, UErrorCode *err) { (void)c; (void)a; (void)b; (void)d; (void)e; fail(err); }
void ucnv_setFromUCallBack(void *c, void *a, const void *b, void **d, const void **e, UErrorCode *err) { (void)c; (void)a; (void)b; (void)d; (void)e; fail(err); }
void ucnv_cbToUWriteUChars(void *a, const void *b, int32_t n, int32_t o, UErrorCode *err) { (void)a; (void)b; (void)n; (void)o; fail(err); }
void ucnv_cbFromUWriteUChars(void *a, const void **b, const void *c, int32_t o, UErrorCode *err) { (void)a; (void)b; (void)c; (void)o; fail(err); }
void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
int32_t ucnv_toUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
int32_t ucnv_fromUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { (void)n; (void)s; fail(err); return NULL; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
int32_t ucnv_countAvailable(void) { return 0; }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const void *c, int32_t d, int32_t e, int f, UErrorCode *err) { (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; fail(err); }
void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const char *c, int32_t d, int f, UErrorCode *err) { (void)a; (void)b; (void)c; (void)d; (void)f; fail(err); }
