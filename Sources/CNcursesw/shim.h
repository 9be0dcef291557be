/*
 * The C side of JourneyTerminal: ncursesw with its wide-character API switched on, and small
 * inline functions for what Swift cannot import (macros built from expressions, global
 * variables that Swift 6 would refuse as shared mutable state).
 *
 * Every curses call of journey goes through the JourneyTerminal target; this header only
 * makes the library reachable from Swift.
 */
#ifndef JOURNEY_CNCURSESW_SHIM_H
#define JOURNEY_CNCURSESW_SHIM_H

/* Without these, ncurses.h hides get_wch, add_wch, setcchar, cchar_t and friends. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncurses.h>

/* MARK: Windows, screens and global state */

/** The standard screen of the current SCREEN. */
static inline WINDOW *journey_stdscr(void) { return stdscr; }
/** The physical screen, as curses believes it looks. */
static inline WINDOW *journey_curscr(void) { return curscr; }
/** The process's standard input and output streams, for newterm. */
static inline FILE *journey_stdin(void) { return stdin; }
static inline FILE *journey_stdout(void) { return stdout; }
/** How many colours and colour pairs the terminal has (0 before start_color). */
static inline int journey_colors(void) { return COLORS; }
static inline int journey_color_pairs(void) { return COLOR_PAIRS; }
/** A window's size in rows and columns. */
static inline int journey_getmaxy(const WINDOW *window) { return getmaxy(window); }
static inline int journey_getmaxx(const WINDOW *window) { return getmaxx(window); }

/** A terminfo string capability of the current terminal, or NULL when it has none
 *  (tigetstr itself returns (char *)-1 for a name that is not a string capability). */
static inline const char *journey_string_capability(const char *name) {
    const char *value = tigetstr(name);
    if (value == NULL || value == (const char *)-1 || value[0] == '\0') return NULL;
    return value;
}

/** Whether the locale's character set is UTF-8 (call after setlocale). */
static inline int journey_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf-8") == 0
        || strcmp(codeset, "UTF8") == 0 || strcmp(codeset, "utf8") == 0;
}

/* MARK: Attributes and colours */

static inline attr_t journey_a_normal(void) { return A_NORMAL; }
static inline attr_t journey_a_bold(void) { return A_BOLD; }
static inline attr_t journey_a_reverse(void) { return A_REVERSE; }
static inline attr_t journey_a_underline(void) { return A_UNDERLINE; }
static inline attr_t journey_a_dim(void) { return A_DIM; }
static inline attr_t journey_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/* MARK: Mouse */

static inline mmask_t journey_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t journey_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t journey_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t journey_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t journey_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/* MARK: Key codes (the plain ones, KEY_UP, KEY_CODE_YES, ERR, OK, import as they are) */

/** The key code of function key `number` (F1 is 1). */
static inline int journey_key_f(int number) { return KEY_F(number); }

/* MARK: Characters */

/** The longest cluster (spacing character plus combining marks) a cchar_t holds. */
static inline int journey_ccharw_max(void) { return CCHARW_MAX; }

/** Fills a cchar_t with a character (a NUL-terminated wide string) and its rendition. */
static inline int journey_setcchar(cchar_t *cell, const wchar_t *characters, attr_t attributes, short pair) {
    return setcchar(cell, characters, attributes, pair, NULL);
}

/** The columns a wide character takes by the C library's tables (-1 when not printable). */
static inline int journey_wcwidth(wchar_t character) { return wcwidth(character); }

/* MARK: Job control */

/**
 * Stops the process as the terminal's Ctrl-Z would: SIGTSTP with its default action, whatever
 * handler was installed, which is put back once the process continues.
 */
static inline void journey_stop_process(void) {
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    if (sigaction(SIGTSTP, &stop, &previous) != 0) return;
    sigset_t unblock, saved;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, &saved);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &saved, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}

#endif /* JOURNEY_CNCURSESW_SHIM_H */
