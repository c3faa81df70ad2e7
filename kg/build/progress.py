"""What a long build tells the person waiting for it: documents done out of the
total, words per second and the time left.

On a terminal it is one line that updates in place (tqdm's bar); when stderr
goes to a file or a pipe, such as a job's log, it is a plain line every
``log_seconds``, because a log cannot be redrawn.

>>> import io
>>> log, now = io.StringIO(), iter([0.0, 40.0])
>>> progress = Progress(total=100, stream=log, clock=lambda: next(now))
>>> progress.update(done=40, words=6000)
>>> print(log.getvalue().strip())
kg: 40/100 documents (40 %), 150 words/s, 1.0 docs/s, ETA 1 min
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

LOG_SECONDS = 30.0


def _duration(seconds: float) -> str:
    """Rounded as a person would say it.

    >>> [_duration(s) for s in (7, 95, 4000)]
    ['7 s', '2 min', '1 h 7 min']
    """
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


class Progress:
    """Reports ``update(done, words)`` calls; ``total`` may be unknown (None), then there is no ETA."""

    def __init__(self, total: int | None = None, stream: TextIO | None = None, enabled: bool = True,
                 log_seconds: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = enabled
        self.log_seconds = LOG_SECONDS if log_seconds is None else log_seconds
        self.clock = clock
        self.start = clock()
        self.last_line = self.start
        self.bar = None
        if enabled and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="kg", file=self.stream, dynamic_ncols=True, leave=False,
                            smoothing=0.1)

    def update(self, done: int, words: int) -> None:
        """``done`` documents so far (extracted or found unchanged), ``words`` extracted so far."""
        if not self.enabled:
            return
        now = self.clock()
        rate = words / max(now - self.start, 1e-9)
        if self.bar is not None:
            self.bar.n = done
            self.bar.set_postfix_str(f"{rate:,.0f} words/s", refresh=False)
            self.bar.refresh()
        elif now - self.last_line >= self.log_seconds:
            self.last_line = now
            self.stream.write(self.line(done, rate, now - self.start) + "\n")
            self.stream.flush()

    def line(self, done: int, words_per_second: float, elapsed: float) -> str:
        docs_per_second = done / max(elapsed, 1e-9)
        if self.total:
            left = max(self.total - done, 0)
            eta = f", ETA {_duration(left / docs_per_second)}" if docs_per_second else ""
            head = f"{done}/{self.total} documents ({100 * done / self.total:.0f} %)"
        else:
            eta, head = "", f"{done} documents"
        return f"kg: {head}, {words_per_second:,.0f} words/s, {docs_per_second:.1f} docs/s{eta}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
