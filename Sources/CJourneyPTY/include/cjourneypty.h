#ifndef CJOURNEYPTY_H
#define CJOURNEYPTY_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` in `directory` on a new pseudo-terminal of `rows` x
/// `columns`: the child is a session leader whose controlling terminal is the terminal's slave
/// side (setsid, TIOCSCTTY), with standard input, output and error on it, every other file
/// descriptor closed and every signal at its default. On success returns 0 and sets `*master`
/// (close-on-exec) and `*pid`; otherwise returns an errno value.
int journey_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                      unsigned short rows, unsigned short columns, int *master, pid_t *pid);

/// Sets the terminal's size; the kernel sends the foreground process group SIGWINCH.
int journey_pty_resize(int master, unsigned short rows, unsigned short columns,
                       unsigned short pixel_width, unsigned short pixel_height);

#endif
