"""Node positions for large graphs, computed once in Python.

A browser's physics on hundreds of nodes takes seconds and ends in one dense
knot.  Here the connected part is split into communities (networkx's seeded
Louvain method on each connected component), each community gets its own
spring layout in a disc sized by its node count, and the discs are placed
apart: a spring layout of the community graph, then overlap removal that
keeps linked communities near each other.  Entities without any relation are
packed in a grid below, by class: the page hides them by default and shows
them there on request.  Everything is seeded, so the same graph gives the
same picture.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["positions", "communities", "spring_layout"]

#: Pixels between neighbouring nodes at zoom 1, roughly.
NODE_SPACING = 70.0
#: Pixels of empty space between two community discs.
GAP = 60.0


def spring_layout(n: int, pairs: np.ndarray, seed: int = 7, iterations: int | None = None) -> np.ndarray:
    """Seeded Fruchterman-Reingold with a weak central gravity, in numpy.

    Dense O(n²) repulsion processed in row blocks (so memory stays bounded);
    about 0.7 s for 2,000 nodes.  Returns an (n, 2) array centred on 0.
    """
    rng = np.random.default_rng(seed)
    if n <= 1:
        return np.zeros((n, 2))
    if iterations is None:
        iterations = int(max(15, min(60, 3e8 / (n * n))))
    x = (rng.random(n, dtype=np.float32) - 0.5)
    y = (rng.random(n, dtype=np.float32) - 0.5)
    k = np.float32(1.0 / math.sqrt(n))
    k2 = k * k
    gravity = np.float32(0.5 * k * math.sqrt(n))
    temp = np.float32(0.1)
    cool = temp / (iterations + 1)
    block = max(1, min(n, 4_000_000 // n))
    src = pairs[:, 0] if len(pairs) else None
    dst = pairs[:, 1] if len(pairs) else None
    for _ in range(iterations):
        fx = np.empty(n, np.float32)
        fy = np.empty(n, np.float32)
        for i0 in range(0, n, block):
            i1 = min(n, i0 + block)
            dx = x[i0:i1, None] - x[None, :]
            dy = y[i0:i1, None] - y[None, :]
            d2 = dx * dx + dy * dy
            np.maximum(d2, np.float32(1e-6), out=d2)
            np.divide(k2, d2, out=d2)
            fx[i0:i1] = (dx * d2).sum(1)
            fy[i0:i1] = (dy * d2).sum(1)
        if src is not None:
            ex = x[src] - x[dst]
            ey = y[src] - y[dst]
            dl = np.sqrt(ex * ex + ey * ey) / k
            np.add.at(fx, src, -ex * dl)
            np.add.at(fx, dst, ex * dl)
            np.add.at(fy, src, -ey * dl)
            np.add.at(fy, dst, ey * dl)
        fx -= x * gravity
        fy -= y * gravity
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-9))
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp = np.float32(temp - cool)
    pos = np.stack([x, y], axis=1).astype(np.float64)
    pos -= pos.mean(axis=0)
    return pos


def communities(n: int, pairs: np.ndarray, seed: int = 7) -> list[list[int]]:
    """Louvain communities of every connected component; isolated nodes are left out.

    Largest first, each sorted, so numbering is stable.
    """
    g = nx.Graph()
    g.add_edges_from(map(tuple, pairs.tolist()))
    out: list[list[int]] = []
    for comp in nx.connected_components(g):
        sub = g.subgraph(comp)
        if len(comp) <= 4:
            out.append(sorted(comp))
            continue
        for c in nx.community.louvain_communities(sub, seed=seed):
            out.append(sorted(c))
    return sorted(out, key=lambda c: (-len(c), c[0]))


def _radius(size: int) -> float:
    return NODE_SPACING * (0.5 + 0.75 * math.sqrt(size))


def _local(comp: list[int], pairs: np.ndarray, radius: float) -> np.ndarray:
    """A community's own layout, scaled into its disc."""
    if len(comp) == 1:
        return np.zeros((1, 2))
    index = {v: i for i, v in enumerate(comp)}
    inside = [(index[a], index[b]) for a, b in pairs.tolist() if a in index and b in index]
    pos = spring_layout(len(comp), np.array(inside, dtype=np.int64).reshape(-1, 2))
    extent = float(np.sqrt((pos ** 2).sum(1)).max()) or 1.0
    return pos * ((radius - NODE_SPACING * 0.4) / extent)


def _centres(comms: list[list[int]], pairs: np.ndarray, radii: np.ndarray, seed: int) -> np.ndarray:
    """Community centres: linked communities close, no two discs overlapping."""
    m = len(comms)
    if m == 1:
        return np.zeros((1, 2))
    which = np.full(int(pairs.max()) + 1 if len(pairs) else 1, -1, dtype=np.int64)
    for ci, comp in enumerate(comms):
        which[comp] = ci
    links: dict[tuple[int, int], int] = {}
    for a, b in pairs.tolist():
        ca, cb = int(which[a]), int(which[b])
        if ca != cb:
            key = (min(ca, cb), max(ca, cb))
            links[key] = links.get(key, 0) + 1
    q = nx.Graph()
    q.add_nodes_from(range(m))
    q.add_weighted_edges_from((a, b, w) for (a, b), w in links.items())
    start = nx.spring_layout(q, seed=seed, weight="weight", iterations=80)
    c = np.array([start[i] for i in range(m)], dtype=np.float64)
    c *= radii.sum() / 2.0
    link_arr = np.array(list(links), dtype=np.int64).reshape(-1, 2)
    need = radii[:, None] + radii[None, :] + GAP
    for _ in range(400):
        d = c[:, None, :] - c[None, :, :]
        dist = np.sqrt((d ** 2).sum(-1))
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(need - dist, 0.0, None)
        np.fill_diagonal(overlap, 0.0)
        if not overlap.any() and _ > 150:
            break
        unit = d / np.maximum(dist, 1e-9)[..., None]
        c += (unit * (overlap / 2.0)[..., None]).sum(1)
        if len(link_arr):
            pull = c[link_arr[:, 1]] - c[link_arr[:, 0]]
            np.add.at(c, link_arr[:, 0], 0.02 * pull)
            np.add.at(c, link_arr[:, 1], -0.02 * pull)
        c -= 0.03 * (c - c.mean(axis=0))
    return c - c.mean(axis=0)


def _isolate_grid(order: list[int], top: float, left: float, width: float) -> dict[int, tuple[float, float]]:
    """Rows of isolated nodes under the main layout, as wide as it."""
    cw, ch = 150.0, 46.0
    cols = max(1, int(width // cw) + 1) if width > 0 else max(1, math.ceil(math.sqrt(len(order) * 3)))
    return {i: (left + (j % cols) * cw, top + (j // cols) * ch) for j, i in enumerate(order)}


def positions(n: int, pairs: np.ndarray, isolate_order: list[int] | None = None,
              seed: int = 7) -> tuple[np.ndarray, list[int]]:
    """Pixel positions and a community number per node (-1 for isolated nodes).

    ``pairs`` are undirected index pairs; ``isolate_order`` is the order in
    which the nodes without edges fill their grid (default: index order).
    """
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    pos = np.zeros((n, 2))
    group = [-1] * n
    comms = communities(n, pairs, seed)
    if comms:
        radii = np.array([_radius(len(c)) for c in comms])
        centres = _centres(comms, pairs, radii, seed)
        for ci, comp in enumerate(comms):
            pos[comp] = centres[ci] + _local(comp, pairs, radii[ci])
            for v in comp:
                group[v] = ci
    placed = {v for c in comms for v in c}
    lonely = [i for i in (isolate_order or range(n)) if i not in placed]
    if lonely:
        if placed:
            idx = sorted(placed)
            top = float(pos[idx, 1].max()) + 160.0
            left, width = float(pos[idx, 0].min()), float(np.ptp(pos[idx, 0]))
        else:
            top = left = 0.0
            width = 0.0
        for i, (x, y) in _isolate_grid(lonely, top, left, width).items():
            pos[i] = (x, y)
    return np.round(pos, 1), group
