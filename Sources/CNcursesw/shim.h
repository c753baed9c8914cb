#ifndef TEACHBACK_NCURSESW_SHIM_H
#define TEACHBACK_NCURSESW_SHIM_H
// SwiftPM drops pkg-config's flags for ncursesw, so the wide-character API is switched on here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses curses' mutable globals and cannot see its function-like macros: wrap them.
static inline WINDOW *tb_stdscr(void) { return stdscr; }
static inline int tb_cols(void) { return COLS; }
static inline int tb_lines(void) { return LINES; }
static inline int tb_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int tb_a_bold(void) { return (int)A_BOLD; }
static inline int tb_a_dim(void) { return (int)A_DIM; }
static inline int tb_a_reverse(void) { return (int)A_REVERSE; }
static inline int tb_a_underline(void) { return (int)A_UNDERLINE; }
static inline int tb_a_normal(void) { return (int)A_NORMAL; }
static inline int tb_attrset(int attr) { return wattrset(stdscr, attr); }
static inline int tb_move(int y, int x) { return wmove(stdscr, y, x); }
static inline int tb_addnwstr(const wchar_t *s, int n) { return waddnwstr(stdscr, s, n); }
static inline int tb_clrtoeol(void) { return wclrtoeol(stdscr); }
static inline int tb_erase(void) { return werase(stdscr); }
static inline int tb_refresh(void) { return wrefresh(stdscr); }
static inline int tb_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
static inline void tb_timeout(int ms) { wtimeout(stdscr, ms); }
static inline int tb_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
// The environment's locale. When it names one this machine has not installed (es_MX.UTF-8 where only C.UTF-8 is)
// or is the plain C locale, the character set is ASCII and curses drops every accented letter ("Jos" for "José").
// Then characters come from C.UTF-8 (every glibc has it), else en_US.UTF-8; a locale of another character set
// that is installed (ISO-8859-1) is kept.
static inline void tb_setlocale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && strcmp(codeset, "ANSI_X3.4-1968") != 0 && strcmp(codeset, "ASCII") != 0) return;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
}

// Signals only set a flag; the key loop sees it, restores the terminal and exits.
static volatile sig_atomic_t tb_signal_received = 0;
static void tb_on_signal(int sig) { tb_signal_received = sig; }
static inline void tb_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = tb_on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}
static inline int tb_take_signal(void) {
    int s = tb_signal_received;
    tb_signal_received = 0;
    return s;
}
#endif
