"""kg.render.layout: communities placed apart, unconnected nodes in rows below."""

from __future__ import annotations

import itertools

import numpy as np

from kg.render import layout


def _two_cliques(size: int = 8) -> tuple[int, np.ndarray]:
    """Two cliques of `size` joined by one edge, then 5 unconnected nodes."""
    pairs = [(a, b) for a, b in itertools.combinations(range(size), 2)]
    pairs += [(a + size, b + size) for a, b in itertools.combinations(range(size), 2)]
    pairs.append((0, size))
    return 2 * size + 5, np.array(pairs)


def test_communities_found_and_numbered_largest_first():
    n, pairs = _two_cliques()
    comms = layout.communities(n, pairs)
    assert sorted(map(tuple, comms)) == [tuple(range(8)), tuple(range(8, 16))]
    pairs3 = np.vstack([pairs, [[16, 17]]])
    assert layout.communities(n, pairs3)[-1] == [16, 17]


def test_communities_apart_and_isolates_below():
    n, pairs = _two_cliques()
    pos, group = layout.positions(n, pairs, isolate_order=[20, 19, 18, 17, 16])
    assert group[:8] == [group[0]] * 8 and group[8:16] == [group[8]] * 8 and group[0] != group[8]
    assert group[16:] == [-1] * 5
    a, b = pos[:8], pos[8:16]
    spread = max(np.ptp(a, axis=0).max(), np.ptp(b, axis=0).max())
    gap = np.linalg.norm(a.mean(0) - b.mean(0))
    assert gap > spread  # the two discs do not overlap
    # unconnected nodes: one row under everything else, in the order given
    assert pos[16:, 1].min() > pos[:16, 1].max()
    row = pos[[20, 19, 18, 17, 16]]
    assert (np.diff(row[:, 0]) > 0).all() and np.ptp(row[:, 1]) == 0


def test_no_two_nodes_on_one_spot_and_deterministic():
    rng = np.random.default_rng(3)
    pairs = np.unique(np.sort(rng.integers(0, 300, size=(500, 2)), axis=1), axis=0)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    pos, _ = layout.positions(300, pairs)
    assert len({(round(x), round(y)) for x, y in pos}) == 300
    again, _ = layout.positions(300, pairs)
    assert (pos == again).all()


def test_degenerate_inputs():
    pos, group = layout.positions(0, np.zeros((0, 2), dtype=np.int64))
    assert pos.shape == (0, 2) and group == []
    pos, group = layout.positions(3, np.zeros((0, 2), dtype=np.int64))
    assert group == [-1, -1, -1] and len({tuple(p) for p in pos}) == 3
    assert layout.spring_layout(1, np.zeros((0, 2), dtype=np.int64)).shape == (1, 2)
