"""Short names of laws (简称/俗称) -> full titles, from ``statutes/data/short_names.csv``.

The table is data: a legal office adds a row, not code. Columns: ``name`` (as documents write it),
``full_name`` (the title the corpus uses), ``kind`` (简称 | 俗称 | 全称), ``note``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

PRC = "中华人民共和国"
_DATA = Path(__file__).resolve().parents[1] / "data" / "short_names.csv"


@lru_cache(maxsize=1)
def short_names() -> dict[str, str]:
    """name as written -> full title. Loaded once from the package data file."""
    out: dict[str, str] = {}
    try:
        with _DATA.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name = (row.get("name") or "").strip()
                full = (row.get("full_name") or "").strip()
                if name and full:
                    out.setdefault(name, full)
    except OSError:  # a broken install: extraction still works on 《》 citations
        return {}
    return out


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Every name that may be cited without 《》: short names, full titles, and titles without 中华人民共和国."""
    names: set[str] = set()
    for name, full in short_names().items():
        names.add(name)
        names.add(full)
        if full.startswith(PRC):
            names.add(full[len(PRC):])
    return frozenset(n for n in names if len(n) >= 2)


def strip_prc(name: str) -> str:
    """中华人民共和国行政许可法 -> 行政许可法 (other names unchanged)."""
    return name[len(PRC):] if name.startswith(PRC) and len(name) > len(PRC) else name


def expand(name: str) -> str | None:
    """The full title for a short name (个保法 -> 中华人民共和国个人信息保护法), None if unknown."""
    table = short_names()
    full = table.get(name) or table.get(strip_prc(name))
    return full if full and full != name else None


# 《国务院无照经营查处取缔办法》: a drafter names the issuer before a 行政法规's title; 国务院关于…的决定,
# 国务院办公厅…, 国务院批转… are titles of their own
_ISSUER_PREFIX = "国务院"
_ISSUER_TITLES = ("关于", "办公厅", "批转", "转发", "对", "令")
_REGULATION_ENDINGS = ("条例", "办法", "规定", "细则")


def strip_issuer(name: str) -> str | None:
    """国务院无照经营查处取缔办法 -> 无照经营查处取缔办法; None when the name does not read as issuer + title
    (国务院关于加强食品等产品安全监督管理的特别规定 keeps its 国务院)."""
    rest = name[len(_ISSUER_PREFIX):] if name.startswith(_ISSUER_PREFIX) else ""
    if len(rest) < 4 or rest.startswith(_ISSUER_TITLES) or not rest.endswith(_REGULATION_ENDINGS):
        return None
    return rest


def candidates(name: str) -> tuple[str, ...]:
    """Names to look a cited law up by, most specific first, without duplicates: the name as written, its full
    title, without 中华人民共和国, without a 国务院 written before a regulation's title (the last resort: a real
    title that starts with 国务院, 国务院行政机构设置和编制管理条例, is found by the first)."""
    out: list[str] = []
    for n in (name, expand(name), strip_prc(name), strip_issuer(name)):
        if n and n not in out:
            out.append(n)
    return tuple(out)
