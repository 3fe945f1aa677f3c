"""How works and versions are identified: the normalised title a work is looked up by, its key, and the
digest of a version's text. Shared by the store and the snapshot build (a build input: changing a key or the
digest changes the shipped snapshot)."""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

from .model import Unit

CN_PREFIX = "中华人民共和国"
_VERSION_HINT = re.compile(r"[（(]\s*\d{4}\s*年?\s*(修正|修订|版|公布|施行)?\s*[)）]$")


def normalise_title(name: str) -> str:
    """《中华人民共和国行政许可法》（2019年修正） -> 行政许可法 (the key used for lookup)."""
    s = name.strip().strip("《》〈〉<> \u3000")
    s = _VERSION_HINT.sub("", s).strip()
    if s.startswith(CN_PREFIX) and len(s) > len(CN_PREFIX):
        s = s[len(CN_PREFIX):]
    return s


def work_key(title: str, level: str, region: str | None) -> str:
    """One work per normalised title, level and region: 行政许可法|法律|, 养犬管理条例|地方性法规|广东."""
    return f"{normalise_title(title)}|{level}|{region or ''}"


def content_hash(units: Iterable[Unit]) -> str:
    """The digest of a version's articles (number and text); the same text gives the same version."""
    h = hashlib.sha256()
    for u in units:
        if u.kind == "article":
            h.update(f"{u.article}.{u.article_sub}|{u.text}\n".encode())
    return h.hexdigest()[:32]


def region_key(province: str | None) -> str | None:
    """A province as the corpus stores it: 广东省 -> 广东, 上海市 -> 上海, 广西壮族自治区 -> 广西壮族 (None stays None)."""
    if not province or not province.strip():
        return None
    p = province.strip()
    return p.removesuffix("省").removesuffix("市").removesuffix("自治区") or p
