/* A disk whose every flush takes SLOW_FSYNC_MS milliseconds (default 8, a spinning disk's
 * rotation plus seek), one flush at a time: loaded with LD_PRELOAD by bench/bench_inbox_slow_disk.py
 * so that the inbox and its floor run as on an old server's disk. Linux only. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

static pthread_mutex_t disk = PTHREAD_MUTEX_INITIALIZER;

static void spin_the_disk(void) {
    const char *ms = getenv("SLOW_FSYNC_MS");
    long n = ms ? atol(ms) : 8;
    struct timespec t = {n / 1000, (n % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static int flush(const char *name, int fd) {
    int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, name);
    pthread_mutex_lock(&disk);
    spin_the_disk();
    int rc = real(fd);
    pthread_mutex_unlock(&disk);
    return rc;
}

int fsync(int fd) { return flush("fsync", fd); }
int fdatasync(int fd) { return flush("fdatasync", fd); }
