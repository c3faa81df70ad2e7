"""One build at a time in an output folder.

Two builds writing one ``OUT/`` (a cron job and a person) would fight over the
manifest and publish each other's half-merged graphs.  A build therefore holds
an exclusive lock on ``OUT/.kg-build.lock`` for as long as it runs; a second
build either waits for it or stops at once, naming the process that holds it.

The lock is a POSIX record lock (``fcntl.lockf``), which the kernel drops when
its process dies however it dies (SIGKILL, OOM), so a crashed build never leaves
a stale lock behind.  Such locks are not inherited by forked children, so
worker processes that outlive a killed parent do not keep the folder locked.
Being per process, they do not keep two builds in one process apart either;
a set of the folders this process holds does that.
"""
from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from types import TracebackType
from typing import Callable

from kg.io.atomic import OutputError

LOCK_NAME = ".kg-build.lock"
_HELD: set[Path] = set()  # lock files this process holds

try:
    import fcntl
except ImportError:  # Windows: msvcrt's byte-range locks behave the same for this purpose
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class FolderBusy(OutputError):
    """Another build holds the output folder."""


class BuildLock:
    """Exclusive use of an output folder, as a context manager.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with BuildLock(folder):
    ...     try:
    ...         BuildLock(folder).acquire()
    ...     except FolderBusy as busy:
    ...         "in use by another build" in str(busy)
    True
    """

    def __init__(self, folder: Path, wait: bool = False, on_wait: Callable[[str], None] = lambda m: None,
                 poll_seconds: float = 0.5) -> None:
        self.path = folder / LOCK_NAME
        self.wait = wait
        self.on_wait = on_wait
        self.poll_seconds = poll_seconds
        self._fd: int | None = None

    def acquire(self) -> None:
        key = self.path.resolve()
        if key in _HELD:
            raise FolderBusy(f"{self.path.parent} is in use by another build in this process (pid {os.getpid()})")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputError(f"cannot write to the output folder {self.path.parent} ({exc.strerror})") from None
        told = False
        while not _try_lock(fd):
            holder = _holder(fd)
            if not self.wait:
                os.close(fd)
                raise FolderBusy(f"{self.path.parent} is in use by another build ({holder}); "
                                 "wait for it to finish or use --wait")
            if not told:
                self.on_wait(f"waiting for the build that holds {self.path.parent} ({holder})")
                told = True
            time.sleep(self.poll_seconds)
        _write_holder(fd)
        self._fd = fd
        _HELD.add(key)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None
            _HELD.discard(self.path.resolve())

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _holder(fd: int) -> str:
    """Who holds the lock, as that build wrote it: ``pid 1234 on host, since 09:02:11``."""
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 200).decode("utf-8", "replace").split()
    try:
        pid, host, since = text[0], text[1], time.strftime("%H:%M:%S", time.localtime(float(text[2])))
    except (IndexError, ValueError):
        return "a process that is just starting"
    return f"pid {pid} on {host}, since {since}"


def _write_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()} {socket.gethostname()} {time.time():.0f}\n".encode())
