#define _GNU_SOURCE
#include "cjourneypty.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int journey_pty_resize(int master, unsigned short rows, unsigned short columns,
                       unsigned short pixel_width, unsigned short pixel_height) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = pixel_width, .ws_ypixel = pixel_height };
    return ioctl(master, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

/* Only async-signal-safe calls between fork and exec: the server is multi-threaded. */
static void child(const char *path, char *const argv[], char *const envp[], const char *directory,
                  const char *slave_name, int report) {
    sigset_t none;
    sigemptyset(&none);
    for (int number = 1; number < NSIG; number++) {
        if (number != SIGKILL && number != SIGSTOP) signal(number, SIG_DFL);
    }
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (setsid() < 0) goto fail;
    int slave = open(slave_name, O_RDWR);
    if (slave < 0) goto fail;
    if (ioctl(slave, TIOCSCTTY, 0) < 0) goto fail;
    if (dup2(slave, 0) < 0 || dup2(slave, 1) < 0 || dup2(slave, 2) < 0) goto fail;
    if (slave > 2) close(slave);
    if (directory != NULL && chdir(directory) < 0) goto fail;
    /* Close everything else but the report pipe (close-on-exec, so exec closes it). */
    if ((report > 3 && syscall(SYS_close_range, 3, report - 1, 0) != 0)
        || syscall(SYS_close_range, report + 1, ~0U, 0) != 0) {
        for (int fd = 3; fd < 4096; fd++) {
            if (fd != report) close(fd);
        }
    }
    execve(path, argv, envp);
fail:
    {
        int error = errno;
        ssize_t ignored = write(report, &error, sizeof error);
        (void)ignored;
        _exit(127);
    }
}

int journey_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                      unsigned short rows, unsigned short columns, int *master_out, pid_t *pid_out) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return errno;
    char slave_name[128];
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, slave_name, sizeof slave_name) != 0) {
        int error = errno;
        close(master);
        return error;
    }
    journey_pty_resize(master, rows, columns, 0, 0);
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) {
        int error = errno;
        close(master);
        return error;
    }
    pid_t pid = fork();
    if (pid < 0) {
        int error = errno;
        close(master);
        close(report[0]);
        close(report[1]);
        return error;
    }
    if (pid == 0) {
        close(report[0]);
        child(path, argv, envp, directory, slave_name, report[1]);
    }
    close(report[1]);
    int error = 0;
    ssize_t count;
    do {
        count = read(report[0], &error, sizeof error);
    } while (count < 0 && errno == EINTR);
    close(report[0]);
    if (count == (ssize_t)sizeof error) {
        /* exec failed: reap the child and report why. */
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        close(master);
        return error;
    }
    *master_out = master;
    *pid_out = pid;
    return 0;
}
