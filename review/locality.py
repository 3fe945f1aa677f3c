"""The place a document speaks for: its issuer's region, so that the document's own name for its county or city
counts as local (a 梧桐县 送审稿 that says “优先采购梧桐县企业的产品” prefers its own county's goods exactly as
“本县企业” does, 《公平竞争审查条例》第八条第（三）项、第九条).

Pure: a read Document in, names out. The names are read as the ``local`` concept by the norm analyser
(``review.norms.analyse.place_mentions``).
"""

from __future__ import annotations

import re

_UNIT = re.compile(r"[\u4e00-\u9fff]+?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)")
_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|区|旗)$")


def place_names(region: str) -> tuple[str, ...]:
    """The names a text uses for ``region`` and its units, longest first: 梧桐县 → (梧桐县, 梧桐);
    深圳市福田区 → (深圳市福田区, 深圳市, 福田区, 深圳, 福田). A short form keeps at least two characters."""
    if not region:
        return ()
    names = {region}
    for unit in _UNIT.findall(region):
        names.add(unit)
        short = _SUFFIX.sub("", unit)
        if len(short) >= 2:
            names.add(short)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def issuing_places(doc) -> tuple[str, ...]:
    """``place_names`` of the region of the document's issuer (``Document.kind_info.issuer``), () when unknown."""
    info = getattr(doc, "kind_info", None)
    issuer = getattr(info, "issuer", None)
    return place_names(getattr(issuer, "region", "") or "")
