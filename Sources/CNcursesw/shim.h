// The wide-character ncurses API. NCURSES_WIDECHAR must be set before the
// include: a system-library target cannot pass C flags.
#ifndef DOCKET_CNCURSESW_SHIM_H
#define DOCKET_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C global variables and function-like macros: accessors instead.
static inline WINDOW *docket_stdscr(void) { return stdscr; }
static inline int docket_lines(void) { return LINES; }
static inline int docket_cols(void) { return COLS; }
static inline int docket_colors(void) { return COLORS; }
static inline attr_t docket_a_bold(void) { return A_BOLD; }
static inline attr_t docket_a_reverse(void) { return A_REVERSE; }
static inline attr_t docket_a_underline(void) { return A_UNDERLINE; }
static inline attr_t docket_a_dim(void) { return A_DIM; }
static inline int docket_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t docket_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t docket_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t docket_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t docket_mouse_mask(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

// Draws one cell: a grapheme cluster of at most CCHARW_MAX wide characters.
static inline int docket_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

#endif
