#define _XOPEN_SOURCE 700
#define _GNU_SOURCE
#include "CTerminalSupport.h"

#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

// The widths of C.UTF-8, whatever locale the process runs in: layout must not
// depend on who called setlocale first. Made once; each call switches this
// thread's locale for the one lookup.
static locale_t utf8_locale = (locale_t)0;
static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;
static void make_utf8_locale(void) { utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0); }

int docket_wcwidth(wchar_t character) {
    pthread_once(&utf8_once, make_utf8_locale);
    if (utf8_locale == (locale_t)0) return wcwidth(character);
    locale_t previous = uselocale(utf8_locale);
    int width = wcwidth(character);
    uselocale(previous);
    return width;
}

static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_modes;
static int saved_modes_valid = 0;
static int terminal_descriptor = -1;
static char reset_sequence[256];
static size_t reset_length = 0;

static const int fatal_signals[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSYS, SIGSTKFLT };
// Every other signal whose default action ends the process: the loop ends the
// normal way, so the terminal is restored and a note being typed is kept.
static const int shutdown_signals[] = {
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM, SIGPROF, SIGIO, SIGPWR,
};

void docket_ignore_write_signals(void) {
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
}

static void on_shutdown_signal(int number) { pending_signal = number; }

// Only async-signal-safe calls: tcsetattr, write, signal, raise.
static void on_fatal_signal(int number) {
    if (saved_modes_valid) tcsetattr(terminal_descriptor, TCSANOW, &saved_modes);
    if (reset_length > 0) {
        ssize_t ignored = write(terminal_descriptor, reset_sequence, reset_length);
        (void)ignored;
    }
    signal(number, SIG_DFL);
    raise(number);
}

void docket_terminal_guard_set_reset(const char *reset, size_t length) {
    reset_length = 0;
    if (reset != NULL && length < sizeof reset_sequence) {
        memcpy(reset_sequence, reset, length);
        reset_length = length;
    }
}

void docket_terminal_guard_install(int descriptor) {
    terminal_descriptor = descriptor;
    saved_modes_valid = tcgetattr(descriptor, &saved_modes) == 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking read returns, so the main loop sees the flag at once.
    action.sa_handler = on_shutdown_signal;
    for (size_t i = 0; i < sizeof shutdown_signals / sizeof *shutdown_signals; i++) {
        sigaction(shutdown_signals[i], &action, NULL);
    }
    for (int number = SIGRTMIN; number <= SIGRTMAX; number++) {
        sigaction(number, &action, NULL);
    }
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
        sigaction(fatal_signals[i], &action, NULL);
    }
}

void docket_terminal_guard_remove(void) {
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
        signal(fatal_signals[i], SIG_DFL);
    }
}

int docket_pending_shutdown_signal(void) { return pending_signal; }
