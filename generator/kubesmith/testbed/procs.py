"""Child processes that die with their parent and leave nothing behind.

Each component runs in its own session (so it has its own process group: Ctrl-C in a
terminal does not reach it directly, and `killpg` also reaches anything it spawned, such
as the commands KWOK runs for `exec`).  PR_SET_PDEATHSIG makes the kernel kill a
component when the Python process that started it dies, even by SIGKILL, when atexit
handlers never run.  PDEATHSIG fires when the *thread* that forked the child exits, so
components must be started from a long-lived thread (the main thread in practice).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _die_with_parent() -> None:  # runs in the child between fork and exec
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class Component:
    """One running binary of the control plane, its log file and its process group."""

    def __init__(self, name: str, argv: Sequence[str], log_file: Path, cwd: Path) -> None:
        self.name = name
        self.argv = list(argv)
        self.log_file = log_file
        self.cwd = cwd
        self._proc: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        return f"Component({self.name!r}, pid={self.pid}, running={self.running})"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        if self.running:
            raise RuntimeError(f"{self.name} is already running")
        with open(self.log_file, "ab") as log:
            log.write(f"\n=== starting {self.name} at {time.ctime()} ===\n".encode())
            log.flush()
            self._proc = subprocess.Popen(
                self.argv,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )

    def check_alive(self) -> None:
        """Raise with the tail of the log if the process has exited."""
        if self._proc is not None and self._proc.poll() is not None:
            raise ComponentDied(self.name, self._proc.returncode, self.log_tail())

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the whole process group, then SIGKILL whatever is left."""
        proc = self._proc
        if proc is None:
            return
        pgid = proc.pid  # start_new_session: the child leads its own group
        _signal_group(pgid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
        # Even after the leader exited, stragglers it spawned may remain in the group.
        _signal_group(pgid, signal.SIGKILL)
        proc.wait()
        self._proc = None


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


class ComponentDied(RuntimeError):
    def __init__(self, name: str, code: int | None, log_tail: str) -> None:
        super().__init__(f"{name} exited with code {code}; last log lines:\n{log_tail}")
        self.name = name
        self.code = code
