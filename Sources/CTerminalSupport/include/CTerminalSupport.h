#ifndef DOCKET_CTERMINALSUPPORT_H
#define DOCKET_CTERMINALSUPPORT_H

#include <stddef.h>
#include <wchar.h>

// wcwidth as the C.UTF-8 locale measures, independent of the process's
// locale (wcwidth is not visible through Swift's Glibc module). Returns -1
// for non-printing characters.
int docket_wcwidth(wchar_t character);

// SIGPIPE and SIGXFSZ ignored, so a closed pipe or the file size limit
// (ulimit -f) makes a write fail with EPIPE or EFBIG, which Docket reports
// and recovers from, instead of killing the process mid-save.
void docket_ignore_write_signals(void);

// Remembers the terminal's modes (call it before curses changes them) and
// installs the handlers: SIGTERM, SIGHUP, SIGINT and every other signal whose
// default action ends the process (SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
// SIGXCPU, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, the real-time signals) only set
// a flag that the main loop reads; SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS,
// SIGFPE, SIGSYS and SIGSTKFLT restore the saved modes, write the reset
// string, and re-raise with the default action.
void docket_terminal_guard_install(int descriptor);

// The bytes that undo what curses set up (leave the alternate screen, show the
// cursor, plain attributes, mouse reporting off); at most 255 bytes.
void docket_terminal_guard_set_reset(const char *reset, size_t length);

// Uninstalls the fatal handlers (after the terminal has been restored normally).
void docket_terminal_guard_remove(void);

// The last shutdown signal received, or 0.
int docket_pending_shutdown_signal(void);

#endif
