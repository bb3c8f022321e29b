// libedit through dlopen(3): see CEditLine.h.
#include "CEditLine.h"
#include <dlfcn.h>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>

static struct {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    void (*el_deletestr)(EditLine *, int);
    void (*el_resize)(EditLine *);
    int (*el_source)(EditLine *, const char *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    int (*el_cursor)(EditLine *, int);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} lib;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int load_status = -1;
static char load_error[512];

static void load(void) {
    void *handle = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) handle = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        snprintf(load_error, sizeof load_error, "%s", dlerror());
        return;
    }
#define FIND(name)                                                              \
    *(void **)(&lib.name) = dlsym(handle, #name);                               \
    if (lib.name == NULL) {                                                     \
        snprintf(load_error, sizeof load_error, "libedit: %s not found", #name); \
        return;                                                                 \
    }
    FIND(el_init) FIND(el_end) FIND(el_gets) FIND(el_line) FIND(el_insertstr) FIND(el_deletestr)
    FIND(el_resize) FIND(el_source) FIND(el_set) FIND(el_get) FIND(history_init) FIND(history_end) FIND(history)
#undef FIND
    // Optional (libedit 2016 and later): without it the whole-line replacement keeps the text after the cursor.
    *(void **)(&lib.el_cursor) = dlsym(handle, "el_cursor");
    load_status = 0;
}

int danvan_editline_load(void) {
    pthread_once(&load_once, load);
    return load_status;
}

const char *danvan_editline_error(void) { return load_status == 0 ? NULL : load_error; }

EditLine *danvan_el_init(const char *prog) {
    if (danvan_editline_load() != 0) return NULL;
    return lib.el_init(prog, stdin, stdout, stderr);
}
void danvan_el_end(EditLine *el) { lib.el_end(el); }
const char *danvan_el_gets(EditLine *el, int *count) { return lib.el_gets(el, count); }
const LineInfo *danvan_el_line(EditLine *el) { return lib.el_line(el); }
int danvan_el_insertstr(EditLine *el, const char *text) { return lib.el_insertstr(el, text); }
void danvan_el_deletestr(EditLine *el, int count) { lib.el_deletestr(el, count); }
void danvan_el_resize(EditLine *el) { lib.el_resize(el); }
int danvan_el_source(EditLine *el, const char *file) { return lib.el_source(el, file); }
int danvan_el_cursor(EditLine *el, int count) { return lib.el_cursor == NULL ? -1 : lib.el_cursor(el, count); }
void danvan_el_replace_line(EditLine *el, const char *text) {
    const LineInfo *info = lib.el_line(el);
    if (info != NULL && lib.el_cursor != NULL) {
        lib.el_cursor(el, (int)(info->lastchar - info->cursor));
        info = lib.el_line(el);
    }
    if (info != NULL) {
        // el_deletestr counts characters: count the UTF-8 lead bytes before the cursor.
        int characters = 0;
        for (const char *p = info->buffer; p < info->cursor; p++) {
            if (((unsigned char)*p & 0xC0) != 0x80) characters++;
        }
        if (characters > 0) lib.el_deletestr(el, characters);
    }
    if (text != NULL && *text != '\0') lib.el_insertstr(el, text);
}

int danvan_el_set_prompt_esc(EditLine *el, danvan_prompt_fn fn, char marker) { return lib.el_set(el, EL_PROMPT_ESC, fn, marker); }
int danvan_el_set_editor(EditLine *el, const char *mode) { return lib.el_set(el, EL_EDITOR, mode); }
int danvan_el_set_signal(EditLine *el, int on) { return lib.el_set(el, EL_SIGNAL, on); }
int danvan_el_set_history(EditLine *el, History *h) { return lib.el_set(el, EL_HIST, lib.history, h); }
int danvan_el_set_clientdata(EditLine *el, void *data) { return lib.el_set(el, EL_CLIENTDATA, data); }
void *danvan_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (lib.el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
int danvan_el_set_getcfn(EditLine *el, el_rfunc_t fn) { return lib.el_set(el, EL_GETCFN, fn); }
int danvan_el_add_function(EditLine *el, const char *name, const char *help, danvan_command_fn fn) {
    return lib.el_set(el, EL_ADDFN, name, help, fn);
}
int danvan_el_bind(EditLine *el, const char *key, const char *command) {
    return lib.el_set(el, EL_BIND, key, command, (const char *)NULL);
}
int danvan_el_refresh(EditLine *el) { return lib.el_set(el, EL_REFRESH); }

History *danvan_history_init(void) {
    if (danvan_editline_load() != 0) return NULL;
    return lib.history_init();
}
void danvan_history_end(History *h) { lib.history_end(h); }
int danvan_history_set_size(History *h, int size) { HistEvent ev; return lib.history(h, &ev, H_SETSIZE, size); }
int danvan_history_set_unique(History *h, int on) { HistEvent ev; return lib.history(h, &ev, H_SETUNIQUE, on); }
int danvan_history_load(History *h, const char *path) { HistEvent ev; return lib.history(h, &ev, H_LOAD, path); }
int danvan_history_save(History *h, const char *path) { HistEvent ev; return lib.history(h, &ev, H_SAVE, path); }
int danvan_history_save_fp(History *h, FILE *fp) { HistEvent ev; return lib.history(h, &ev, H_SAVE_FP, fp); }
int danvan_history_enter(History *h, const char *line) { HistEvent ev; return lib.history(h, &ev, H_ENTER, line); }
int danvan_history_remove_all(History *h, const char *line) {
    HistEvent ev;
    int removed = 0;
    for (;;) {
        int found = -1;
        for (int r = lib.history(h, &ev, H_FIRST); r != -1; r = lib.history(h, &ev, H_NEXT)) {
            if (ev.str != NULL && strcmp(ev.str, line) == 0) { found = ev.num; break; }
        }
        if (found < 0 || lib.history(h, &ev, H_DEL, found) == -1) return removed;
        removed++;
    }
}
const char *danvan_history_at(History *h, int index) {
    HistEvent ev;
    int r = lib.history(h, &ev, H_FIRST);
    for (int i = 0; r != -1 && i < index; i++) r = lib.history(h, &ev, H_NEXT);
    return r == -1 ? NULL : ev.str;
}
int danvan_history_count(History *h) {
    HistEvent ev;
    if (lib.history(h, &ev, H_GETSIZE) < 0) return 0;
    return ev.num;
}

// The terminal as it was before the REPL changed it; the handlers only call async-signal-safe
// functions (tcsetattr, write, _exit).
static struct termios guard_saved;
static volatile sig_atomic_t guard_fd = -1;

static void guard_handler(int signo) {
    if (guard_fd >= 0) {
        (void)tcsetattr(guard_fd, TCSANOW, &guard_saved);
        (void)!write(guard_fd, "\n", 1);
    }
    _exit(128 + signo);
}

int danvan_install_terminal_guard(int fd) {
    if (tcgetattr(fd, &guard_saved) != 0) return -1;
    guard_fd = fd;
    int signals[] = { SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = guard_handler;
        sigemptyset(&action.sa_mask);
        (void)sigaction(signals[i], &action, NULL);
    }
    return 0;
}

void danvan_remove_terminal_guard(void) {
    int signals[] = { SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) (void)danvan_signal_default(signals[i]);
    guard_fd = -1;
}
