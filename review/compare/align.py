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
AGREEMENT_BONUS = 3     # without a skeleton, a tile counts this many characters longer for each figure in it
                        # that agrees in value (shorter for each that does not)
AGREEMENT_TIEBREAK = 0.5  # near a skeleton, agreeing figures break ties of displacement …
TIER_FIGURES = 2          # … and count only where this many agree (the tier's conditions: 满5年不足10年)


def align(clause: str, upper: str, keys: tuple[str, str] | None = None) -> tuple[list[int], list[int]]:
    """For every character of each string, the index of the character it is aligned with in the other (-1).

    ``keys``: the two strings with each figure standing for its value (normalise.value_keyed). A tile across a
    figure of another value is no skeleton anchor where the same words with the clause's value stand elsewhere in
    the upper text, and without a skeleton a tile counts ``AGREEMENT_BONUS``
    characters longer for each figure in it that agrees in value (shorter for each that does not), so that a clause
    restating one tier of a graded article is aligned with that tier, not with the first tier that looks alike;
    near a skeleton, where the text around decides, only two or more agreeing figures count (a tier's
    conditions), one figure agreeing by chance (可以延长十五日 in another 款) only breaks ties."""
    clause_to_upper = [-1] * len(clause)
    upper_to_clause = [-1] * len(upper)
    agree = None
    if keys is not None:
        ka, kb = keys

        def agree(i: int, j: int, k: int) -> tuple[int, int]:
            """The figures of the tile that agree in value, and those that do not."""
            same = other = 0
            for x in range(k):
                if ka[i + x] != clause[i + x]:
                    if ka[i + x] == kb[j + x]:
                        same += 1
                    else:
                        other += 1
            return same, other
        agree.keys = keys
    for i, j, length in keep_consistent(tile(clause, upper, agree=agree)):
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


def keys_of(agree) -> tuple[str, str]:
    """The value-keyed strings an ``agree`` function of ``align`` reads."""
    return agree.keys


def tile(a: str, b: str, min_len: int = MIN_TILE,
         agree: Callable[[int, int, int], int] | None = None) -> list[Tile]:
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

    def agreeing(i: int, j: int, k: int) -> int:
        """Figures agreeing in value less those that do not (0 without keys)."""
        if agree is None:
            return 0
        same, other = agree(i, j, k)
        return same - other

    def tier(i: int, j: int, k: int) -> int:
        """Figures agreeing in value when two or more do: the tile restates that tier (0 otherwise)."""
        if agree is None:
            return 0
        same, _ = agree(i, j, k)
        return same if same >= TIER_FIGURES else 0

    def tier_elsewhere(i: int, j: int, k: int) -> bool:
        """Whether the tile crosses a figure of another value whose words, with the clause's value, stand
        elsewhere in the upper text: the tier the clause restates is there (试用期不得超过二个月), not here."""
        ka, kb = keys_of(agree)
        for x in range(k):
            if ka[i + x] != a[i + x] and ka[i + x] != kb[j + x]:
                for window in (ka[max(i, i + x - min_len):i + x + 1], ka[i + x:min(i + k, i + x + min_len + 1)]):
                    if len(window) > min_len and window in kb:
                        return True
        return False

    def is_unique(i: int, j: int, k: int) -> bool:
        """Occurs once on each side, and so does every core left after trimming up to two characters
        from either end ("的可以不予行政处罚" is not unique when "不予行政处罚" stands elsewhere too)."""
        if k < STRONG_TILE or (agree is not None and tier_elsewhere(i, j, k)):
            return False
        sub = a[i:i + k]
        for d1 in range(3):
            for d2 in range(3):
                core = sub[d1:k - d2]
                if len(core) >= min_len and (b.count(core) != 1 or a.count(core) != 1):
                    return False
        return True

    def by_length_then_diagonal(i: int, j: int, k: int) -> tuple[float, float]:
        return (-(k + AGREEMENT_BONUS * agreeing(i, j, k)), abs(i / la - j / lb))

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
        return (-(k + (CONTINUE_BONUS if continues_skeleton(i, j, k) else 0) + AGREEMENT_BONUS * tier(i, j, k)),
                abs((j - i) - nearest[1]) - AGREEMENT_TIEBREAK * agreeing(i, j, k))

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
