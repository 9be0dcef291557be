#!/usr/bin/env python3
"""What a terminal program costs a user, measured through a pseudo-terminal.

journey-bench runs this script (it needs Python 3 and pyte: pip install pyte). It starts a
program in a pseudo-terminal of a given size, feeds everything the program writes into pyte (a
terminal emulator) and prints one JSON object:

  first-paint: the milliseconds from starting the program until its screen shows MARKER
               (each run a fresh process), for --runs runs.
  sweep:       after the first screen has settled, sends each key of --keys in turn, waits until
               the program is quiet, and reports per key the bytes it wrote and the changed-cell
               floor: the UTF-8 bytes of the cells that changed on the emulated screen (character
               or style), plus FLOOR_RUN_BYTES per run of changed cells on a row for moving the
               cursor there, which no program can go below.

usage: terminal_bench.py first-paint|sweep --cols C --rows R --marker TEXT [--runs N]
                         [--keys right*16,down*6] [--quiet-ms MS] -- PROGRAM ARGS...
"""
import fcntl, json, os, select, signal, struct, sys, termios, time

import pyte

FLOOR_RUN_BYTES = 6
# What a terminal sends for the arrows once the program has asked for keypad mode (smkx), as
# ncurses programs do.
KEYS = {"right": b"\x1bOC", "left": b"\x1bOD", "down": b"\x1bOB", "up": b"\x1bOA"}


class Child:
    def __init__(self, argv, cols, rows):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        pid, fd = os.forkpty()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", COLUMNS=str(cols), LINES=str(rows))
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def read(self, timeout):
        """Bytes written within `timeout` seconds (b"" when none; None at the program's end)."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            return None
        if not data:
            return None
        self.stream.feed(data)
        return data

    def wait_for(self, marker, deadline=30.0):
        end = time.perf_counter() + deadline
        while time.perf_counter() < end:
            if self.read(0.05) is None:
                raise SystemExit("the program ended before showing %r" % marker)
            if any(marker in line for line in self.screen.display):
                return (time.perf_counter() - self.started) * 1000
        raise SystemExit("no %r on screen within %ss:\n%s" % (marker, deadline, "\n".join(self.screen.display)))

    def settle(self, quiet):
        """Reads until the program has been quiet for `quiet` seconds; returns the bytes read."""
        total = 0
        end = time.perf_counter() + 10
        while time.perf_counter() < end:
            data = self.read(quiet)
            if not data:
                break
            total += len(data)
        return total

    def snapshot(self):
        return [[self.screen.buffer[y][x] for x in range(self.screen.columns)] for y in range(self.screen.lines)]

    def end(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def floor(before, after):
    """The changed-cell floor between two screens, and how many cells changed."""
    cost = changed = 0
    for old_row, new_row in zip(before, after):
        in_run = False
        for old, new in zip(old_row, new_row):
            if old != new:
                changed += 1
                cost += len(new.data.encode("utf-8"))
                if not in_run:
                    cost += FLOOR_RUN_BYTES
                in_run = True
            else:
                in_run = False
    return cost, changed


def main():
    args = sys.argv[1:]
    split = args.index("--")
    options, program = args[:split], args[split + 1:]
    mode = options[0]
    named = dict(zip(options[1::2], options[2::2]))
    cols, rows = int(named["--cols"]), int(named["--rows"])
    marker = named["--marker"]
    quiet = float(named.get("--quiet-ms", "150")) / 1000
    if mode == "first-paint":
        times = []
        for _ in range(int(named.get("--runs", "3"))):
            child = Child(program, cols, rows)
            try:
                times.append(child.wait_for(marker))
            finally:
                child.end()
        print(json.dumps({"milliseconds": times}))
    elif mode == "sweep":
        keys = []
        for part in named.get("--keys", "right*16,down*6").split(","):
            name, _, count = part.partition("*")
            keys += [name] * int(count or "1")
        child = Child(program, cols, rows)
        try:
            child.wait_for(marker, deadline=120)
            child.settle(max(quiet, 1.0))
            results = []
            for name in keys:
                before = child.snapshot()
                os.write(child.fd, KEYS[name])
                sent = child.settle(quiet)
                cost, changed = floor(before, child.snapshot())
                results.append({"key": name, "bytes": sent, "floor": cost, "changed": changed})
        finally:
            child.end()
        print(json.dumps({"keys": results}))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
