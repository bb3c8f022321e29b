// Tiny wrappers over the variadic parts of libedit's native API (histedit.h), which Swift cannot call,
// and over the C globals (stdin, stdout, stderr) that Swift 6 rejects as not concurrency-safe.
#ifndef DANVAN_CEDITLINE_SHIM_H
#define DANVAN_CEDITLINE_SHIM_H
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

static inline EditLine *danvan_el_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }

static inline int danvan_el_set_prompt_esc(EditLine *el, danvan_prompt_fn fn, char marker) {
    return el_set(el, EL_PROMPT_ESC, fn, marker);
}
static inline int danvan_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int danvan_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int danvan_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int danvan_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *danvan_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int danvan_el_set_getcfn(EditLine *el, el_rfunc_t fn) { return el_set(el, EL_GETCFN, fn); }
static inline int danvan_el_add_function(EditLine *el, const char *name, const char *help, danvan_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int danvan_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int danvan_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

static inline History *danvan_history_init(void) { return history_init(); }
static inline int danvan_history_set_size(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
static inline int danvan_history_set_unique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int danvan_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int danvan_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
static inline int danvan_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
/// Deletes every entry equal to `line`, so the history keeps only its latest use; returns how many.
static inline int danvan_history_remove_all(History *h, const char *line) {
    HistEvent ev;
    int removed = 0;
    for (;;) {
        int found = -1;
        for (int r = history(h, &ev, H_FIRST); r != -1; r = history(h, &ev, H_NEXT)) {
            if (ev.str != NULL && strcmp(ev.str, line) == 0) { found = ev.num; break; }
        }
        if (found < 0 || history(h, &ev, H_DEL, found) == -1) return removed;
        removed++;
    }
}
static inline int danvan_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return 0;
    return ev.num;
}

/// Installs `fn` for `signo` without SA_RESTART, so a blocking read() returns EINTR.
static inline int danvan_signal_interrupting(int signo, danvan_signal_fn fn) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = fn;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, NULL);
}
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
