"""The arithmetic under the NER network: which library multiplies its matrices.

thinc multiplies matrices with BLIS by default.  BLIS picks a kernel for the
CPU it runs on, and falls back to its generic reference kernel on CPUs it does
not know: on this project's build machine (AMD EPYC with AVX-512) ``perf``
shows ``bli_sgemm_generic_ref`` as the hottest function of a build, and a
(2000×384)·(384×384) product takes 23 ms with BLIS against 6 ms with numpy's
OpenBLAS, which detects the CPU at run time.  So the network runs on thinc's
own numpy backend (``NumpyOps(use_blis=False)``), same model, same weights.

OpenBLAS would also start a thread per core for large products.  Extraction
scales by processes (``--workers``, Dask), one per core, so BLAS threads would
only compete with them; each process keeps BLAS to one thread.
"""
from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from thinc.api import NumpyOps, get_current_ops, set_current_ops

_SET_THREADS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
                "openblas_set_num_threads")


@contextmanager
def network_ops() -> Iterator[NumpyOps]:
    """Models created inside the block compute with numpy's BLAS, single-threaded."""
    one_blas_thread()
    previous = get_current_ops()
    ops = NumpyOps(use_blis=False)
    set_current_ops(ops)
    try:
        yield ops
    finally:
        set_current_ops(previous)


@cache
def one_blas_thread() -> bool:
    """Limit numpy's OpenBLAS to one thread in this process; True if it was found."""
    for path in _loaded_blas_libraries():
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SET_THREADS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(1)
                return True
    return False


def _loaded_blas_libraries() -> list[str]:
    """The OpenBLAS shared libraries this process has loaded (numpy's own, usually)."""
    import numpy  # noqa: F401  (loads numpy's BLAS)

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:  # not Linux: leave BLAS as it is
        return []
    return sorted(p for p in paths if p.startswith("/"))
