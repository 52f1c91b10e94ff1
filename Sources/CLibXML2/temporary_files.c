/*
 * The table of temporary output files removed on SIGINT, SIGTERM and SIGHUP (declared in
 * include/CLibXML2.h).
 *
 * Each slot holds a path and a state: free, being filled, or live. Threads claim and release
 * slots with atomic compare-and-swap; the signal handler reads only live slots and calls only
 * unlink, sigaction and raise, which are async-signal-safe. The paths are kept in static storage
 * (never freed), so the handler never reads freed memory.
 */
#include "CLibXML2.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#define FP_TEMPORARY_SLOTS 64
#define FP_TEMPORARY_PATH_MAX 4096

enum { fp_slotFree = 0, fp_slotFilling = 1, fp_slotLive = 2 };

static _Atomic int fp_slotStates[FP_TEMPORARY_SLOTS];
static char fp_slotPaths[FP_TEMPORARY_SLOTS][FP_TEMPORARY_PATH_MAX];

/* The signals handled, and what each did before the handler was installed. */
static const int fp_handledSignals[] = {SIGINT, SIGTERM, SIGHUP};
#define FP_HANDLED_SIGNAL_COUNT (sizeof(fp_handledSignals) / sizeof(fp_handledSignals[0]))
static struct sigaction fp_previousActions[FP_HANDLED_SIGNAL_COUNT];
static int fp_installed[FP_HANDLED_SIGNAL_COUNT];

static pthread_once_t fp_handlerOnce = PTHREAD_ONCE_INIT;

static void fp_removeTemporaryFiles(void) {
    for (int slot = 0; slot < FP_TEMPORARY_SLOTS; slot++) {
        if (atomic_load(&fp_slotStates[slot]) == fp_slotLive) {
            (void)unlink(fp_slotPaths[slot]);
        }
    }
}

static void fp_temporaryFileSignalHandler(int signal, siginfo_t *info, void *context) {
    int savedErrno = errno;
    fp_removeTemporaryFiles();
    for (unsigned index = 0; index < FP_HANDLED_SIGNAL_COUNT; index++) {
        if (fp_handledSignals[index] != signal) {
            continue;
        }
        struct sigaction *previous = &fp_previousActions[index];
        if (previous->sa_flags & SA_SIGINFO) {
            if (previous->sa_sigaction != NULL) {
                previous->sa_sigaction(signal, info, context);
                errno = savedErrno;
                return;
            }
        } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN &&
                   previous->sa_handler != NULL) {
            previous->sa_handler(signal);
            errno = savedErrno;
            return;
        }
        /* The default action: end the process by the same signal. */
        struct sigaction fallback;
        memset(&fallback, 0, sizeof(fallback));
        fallback.sa_handler = SIG_DFL;
        sigemptyset(&fallback.sa_mask);
        (void)sigaction(signal, &fallback, NULL);
        sigset_t unblock;
        sigemptyset(&unblock);
        sigaddset(&unblock, signal);
        (void)pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
        (void)raise(signal);
    }
    errno = savedErrno;
}

static void fp_installTemporaryFileHandler(void) {
    for (unsigned index = 0; index < FP_HANDLED_SIGNAL_COUNT; index++) {
        struct sigaction current;
        if (sigaction(fp_handledSignals[index], NULL, &current) != 0) {
            continue;
        }
        /* A signal the process ignores (started with nohup, say) stays ignored. */
        if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN) {
            continue;
        }
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_sigaction = fp_temporaryFileSignalHandler;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        for (unsigned other = 0; other < FP_HANDLED_SIGNAL_COUNT; other++) {
            sigaddset(&action.sa_mask, fp_handledSignals[other]);
        }
        if (sigaction(fp_handledSignals[index], &action, &fp_previousActions[index]) == 0) {
            fp_installed[index] = 1;
        }
    }
}

int fp_registerTemporaryFile(const char *path) {
    if (path == NULL || strlen(path) >= FP_TEMPORARY_PATH_MAX) {
        return -1;
    }
    (void)pthread_once(&fp_handlerOnce, fp_installTemporaryFileHandler);
    for (int slot = 0; slot < FP_TEMPORARY_SLOTS; slot++) {
        int expected = fp_slotFree;
        if (atomic_compare_exchange_strong(&fp_slotStates[slot], &expected, fp_slotFilling)) {
            strcpy(fp_slotPaths[slot], path);
            atomic_store(&fp_slotStates[slot], fp_slotLive);
            return slot;
        }
    }
    return -1;
}

void fp_unregisterTemporaryFile(int slot) {
    if (slot < 0 || slot >= FP_TEMPORARY_SLOTS) {
        return;
    }
    atomic_store(&fp_slotStates[slot], fp_slotFree);
}

int fp_registeredTemporaryFileCount(void) {
    int count = 0;
    for (int slot = 0; slot < FP_TEMPORARY_SLOTS; slot++) {
        if (atomic_load(&fp_slotStates[slot]) == fp_slotLive) {
            count++;
        }
    }
    return count;
}
