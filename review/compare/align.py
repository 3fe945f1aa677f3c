"""Alignment of two comparison strings by greedy string tiling.

Longest common substrings are taken first, in any order, so a clause that moves an enumerated item in front of
the penalty still pairs 罚款 with 罚款 and 期限 with 期限 by their role. A tile is (i in the clause, j in the upper
text, length).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

Tile = tuple[int, int, int]

MIN_TILE = 3            # shortest common substring taken as an anchor
STRONG_TILE = 6         # anchors at least this long decide where shorter ones may sit
CONTINUE_BONUS = 3      # a substring that continues a skeleton anchor counts this many characters longer
CONTINUE_GAP = 3        # ... when at most this many characters lie between them on either side
MAX_OCCURRENCES = 64    # a substring that occurs more often than this in the upper text is not an anchor
DISPLACEMENT = 25       # a short anchor this far from where the long anchors around it put the text is dropped


def align(clause: str, upper: str) -> tuple[list[int], list[int]]:
    """For every character of each string, the index of the character it is aligned with in the other (-1)."""
    clause_to_upper = [-1] * len(clause)
    upper_to_clause = [-1] * len(upper)
    for i, j, length in keep_consistent(tile(clause, upper)):
        for x in range(length):
            clause_to_upper[i + x] = j + x
            upper_to_clause[j + x] = i + x
    return clause_to_upper, upper_to_clause


def common_substrings(a: str, b: str, min_len: int) -> list[Tile]:
    """Every maximal common substring (i in a, j in b, length) at least ``min_len`` long."""
    index: dict[str, list[int]] = {}
    for j in range(len(b) - min_len + 1):
        index.setdefault(b[j:j + min_len], []).append(j)
    la, lb = len(a), len(b)
    out = []
    for i in range(la - min_len + 1):
        js = index.get(a[i:i + min_len])
        if not js or len(js) > MAX_OCCURRENCES:
            continue
        for j in js:
            if i > 0 and j > 0 and a[i - 1] == b[j - 1]:
                continue
            k = min_len
            while i + k < la and j + k < lb and a[i + k] == b[j + k]:
                k += 1
            out.append((i, j, k))
    return out


def _take_tiles(candidates: list[Tile], used_a: list[bool], used_b: list[bool],
                priority: Callable[[int, int, int], tuple[float, float]], min_len: int,
                keep: Callable[[int, int, int], bool] | None = None) -> list[Tile]:
    """Take candidates best ``priority`` first; one that overlaps tiles already taken is split into its free
    runs, which go back into the queue (when at least ``min_len`` long and, with ``keep``, kept)."""
    heap = [(*priority(i, j, k), -k, i, j) for i, j, k in candidates]
    heapq.heapify(heap)
    tiles = []
    while heap:
        _, _, neg_len, i, j = heapq.heappop(heap)
        length = -neg_len
        runs: list[tuple[int, int]] = []
        start = None
        for x in range(length + 1):
            free = x < length and not used_a[i + x] and not used_b[j + x]
            if free and start is None:
                start = x
            elif not free and start is not None:
                runs.append((start, x))
                start = None
        if runs == [(0, length)]:
            tiles.append((i, j, length))
            for x in range(length):
                used_a[i + x] = used_b[j + x] = True
            continue
        for s, e in runs:
            if e - s >= min_len and (keep is None or keep(i + s, j + s, e - s)):
                heapq.heappush(heap, (*priority(i + s, j + s, e - s), -(e - s), i + s, j + s))
    return tiles


def tile(a: str, b: str, min_len: int = MIN_TILE) -> list[Tile]:
    """Greedy string tiling: non-overlapping common substrings (i in a, j in b, length), longest first,
    in any order (transpositions allowed).

    Two passes. First the long substrings that occur once on each side fix the skeleton. Then every
    other substring, with a bonus for continuing a skeleton anchor (so "不予行政处罚" stays in its own
    sentence rather than jumping to "可以不予行政处罚" two sentences on) and, between equals, the
    placement nearest the skeleton's diagonal (the same phrase in two paragraphs of an article).
    """
    if len(a) < min_len or len(b) < min_len:
        return []
    la, lb = len(a), len(b)
    candidates = common_substrings(a, b, min_len)

    def is_unique(i: int, j: int, k: int) -> bool:
        """Occurs once on each side, and so does every core left after trimming up to two characters
        from either end ("的可以不予行政处罚" is not unique when "不予行政处罚" stands elsewhere too)."""
        if k < STRONG_TILE:
            return False
        sub = a[i:i + k]
        for d1 in range(3):
            for d2 in range(3):
                core = sub[d1:k - d2]
                if len(core) >= min_len and (b.count(core) != 1 or a.count(core) != 1):
                    return False
        return True

    def by_length_then_diagonal(i: int, j: int, k: int) -> tuple[float, float]:
        return (-k, abs(i / la - j / lb))

    unique = [t for t in candidates if is_unique(*t)]
    used_a = [False] * la
    used_b = [False] * lb
    skeleton = _take_tiles(unique, used_a, used_b, by_length_then_diagonal, min_len, keep=is_unique)
    if not skeleton:
        rest = _take_tiles(candidates, used_a, used_b, by_length_then_diagonal, min_len)
        return sorted(skeleton + rest)
    skeleton_ends = {(i + k, j + k) for i, j, k in skeleton}
    skeleton_starts = {(i, j) for i, j, _ in skeleton}
    diagonals = sorted((i, j - i) for i, j, _ in skeleton)

    def continues_skeleton(i: int, j: int, k: int) -> bool:
        for dc in range(0, CONTINUE_GAP + 1):
            for du in range(0, CONTINUE_GAP + 1):
                if (i - dc, j - du) in skeleton_ends or (i + k + dc, j + k + du) in skeleton_starts:
                    return True
        return False

    def near_skeleton(i: int, j: int, k: int) -> tuple[float, float]:
        nearest = min(diagonals, key=lambda d: abs(d[0] - i))
        return (-(k + (CONTINUE_BONUS if continues_skeleton(i, j, k) else 0)), abs((j - i) - nearest[1]))

    rest = _take_tiles(candidates, used_a, used_b, near_skeleton, min_len)
    return sorted(skeleton + rest)


def keep_consistent(tiles: list[Tile]) -> list[Tile]:
    """Drop short anchors that sit far from where the long anchors around them put the text."""
    strong = [t for t in tiles if t[2] >= STRONG_TILE]
    if not strong:
        return tiles
    kept = []
    for t in tiles:
        if t[2] >= STRONG_TILE:
            kept.append(t)
            continue
        i, j, length = t
        before = [s for s in strong if s[0] + s[2] <= i]
        after = [s for s in strong if s[0] >= i + length]
        ok = False
        if before:
            s = before[-1]
            ok |= abs(j - (s[1] + s[2] + (i - s[0] - s[2]))) <= DISPLACEMENT
        if after:
            s = after[0]
            ok |= abs((j + length) - (s[1] - (s[0] - i - length))) <= DISPLACEMENT
        if ok:
            kept.append(t)
    return kept
