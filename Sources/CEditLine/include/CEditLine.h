// libedit for the REPL, loaded with dlopen(3) when the REPL starts rather than linked: `danvan ask`
// (one process per question in scripts) then does not pay for loading libedit and its dependencies.
//
// Every libedit call goes through a wrapper here: the variadic el_set and history calls, which Swift
// cannot make, and the plain ones, which call through the function pointers found by
// danvan_editline_load(). Helpers for the C globals (stdin, stdout, stderr) that Swift 6 rejects as
// not concurrency-safe, signals and the terminal size are here too.
#ifndef DANVAN_CEDITLINE_H
#define DANVAN_CEDITLINE_H
#include <histedit.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <locale.h>
#include <langinfo.h>
#include <sys/ioctl.h>

typedef char *(*danvan_prompt_fn)(EditLine *);
typedef unsigned char (*danvan_command_fn)(EditLine *, int);
typedef void (*danvan_signal_fn)(int);

/// Loads libedit (libedit.so.2) once; 0 on success, -1 when it cannot be loaded (see danvan_editline_error).
int danvan_editline_load(void);
/// Why the last load failed (dlerror's text), or NULL.
const char *danvan_editline_error(void);

EditLine *danvan_el_init(const char *prog);
void danvan_el_end(EditLine *el);
const char *danvan_el_gets(EditLine *el, int *count);
const LineInfo *danvan_el_line(EditLine *el);
int danvan_el_insertstr(EditLine *el, const char *text);
void danvan_el_deletestr(EditLine *el, int count);
void danvan_el_resize(EditLine *el);
int danvan_el_source(EditLine *el, const char *file);
/// Moves the cursor `count` characters (negative: left); -1 when libedit lacks el_cursor.
int danvan_el_cursor(EditLine *el, int count);
/// Replaces the whole line being edited with `text`, the cursor at its end.
void danvan_el_replace_line(EditLine *el, const char *text);

int danvan_el_set_prompt_esc(EditLine *el, danvan_prompt_fn fn, char marker);
int danvan_el_set_editor(EditLine *el, const char *mode);
int danvan_el_set_signal(EditLine *el, int on);
int danvan_el_set_history(EditLine *el, History *h);
int danvan_el_set_clientdata(EditLine *el, void *data);
void *danvan_el_get_clientdata(EditLine *el);
int danvan_el_set_getcfn(EditLine *el, el_rfunc_t fn);
int danvan_el_add_function(EditLine *el, const char *name, const char *help, danvan_command_fn fn);
int danvan_el_bind(EditLine *el, const char *key, const char *command);
int danvan_el_refresh(EditLine *el);

History *danvan_history_init(void);
void danvan_history_end(History *h);
int danvan_history_set_size(History *h, int size);
int danvan_history_set_unique(History *h, int on);
int danvan_history_load(History *h, const char *path);
int danvan_history_save(History *h, const char *path);
/// Writes the history to an open stream (the caller opened it 0600, checks fflush/fsync/fclose).
int danvan_history_save_fp(History *h, FILE *fp);
int danvan_history_enter(History *h, const char *line);
/// Deletes every entry equal to `line`, so the history keeps only its latest use; returns how many.
int danvan_history_remove_all(History *h, const char *line);
int danvan_history_count(History *h);
/// The entry `index` places back from the newest (0 = newest), or NULL past the oldest.
const char *danvan_history_at(History *h, int index);

/// Installs `fn` for `signo` without SA_RESTART, so a blocking read() returns EINTR.
static inline int danvan_signal_interrupting(int signo, danvan_signal_fn fn) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = fn;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, NULL);
}
/// Saves the terminal settings of `fd` and installs handlers for SIGTERM, SIGHUP and SIGQUIT (Ctrl-\\)
/// that put them back (echo on, canonical mode) and end the process quietly with status 128 + the
/// signal: no backtrace, no terminal left without echo. Returns -1 when `fd` is not a terminal.
int danvan_install_terminal_guard(int fd);
/// Restores the default dispositions of SIGTERM, SIGHUP and SIGQUIT.
void danvan_remove_terminal_guard(void);

/// Restores the default disposition of `signo`.
static inline int danvan_signal_default(int signo) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, NULL);
}

static inline void danvan_flush_stdout(void) { fflush(stdout); }

/// The size of the terminal on `fd`; returns -1 when `fd` is not a terminal.
static inline int danvan_get_window_size(int fd, int *columns, int *rows) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *columns = ws.ws_col;
    *rows = ws.ws_row;
    return 0;
}
/// Sets the size of the terminal on `fd` (a pty master in tests); the kernel then sends SIGWINCH.
static inline int danvan_set_window_size(int fd, int columns, int rows) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_col = (unsigned short)columns;
    ws.ws_row = (unsigned short)rows;
    return ioctl(fd, TIOCSWINSZ, &ws);
}
#endif
