/* Under wine only, never shipped: wine 8's mscms.dll lacks WcsCreateIccProfile, which Qt's
   windows platform plugin imports with three more colour-profile functions. Each reports "no
   profile", so Qt uses sRGB. Loaded instead of wine's own with WINEDLLOVERRIDES=mscms=n. */
#include <windows.h>

HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation)
{
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buf, DWORD *size)
{
    (void)profile; (void)buf; if (size) *size = 0;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}
HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD intent)
{
    (void)profile; (void)intent;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
