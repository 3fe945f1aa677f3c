"""Opinion wording that depends on where the document comes from.

The rule packs speak of "本省" (the province's rules on normative documents). A 直辖市 is a provincial-level
unit: its rules are the municipality's own, and an opinion addressed to it says "本市". Pure: the province
given to the review, the document's metadata and text in; findings out.
"""

from __future__ import annotations

from dataclasses import replace

MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
# 机关代字 of the municipalities' document numbers: 京政发〔2020〕1号, 沪府规〔2021〕3号 …
_NUMBER_PREFIXES = {"北京": "京", "上海": "沪", "天津": "津", "重庆": "渝"}
_MENTIONS_NEEDED = 2   # the municipality named at least this often in a text that says 本市 and not 本省


def municipality(province: str | None, doc) -> str:
    """The 直辖市 the document belongs to ("" when it is not one's, or cannot be told).

    From the ``--province`` given to the review; else the issuer, title or document number; else a text that
    says 本市 (never 本省) and names exactly one municipality, at least twice.
    """
    if province:
        return next((m for m in MUNICIPALITIES if province.startswith(m)), "")
    for field in (doc.issuer, doc.title.strip("《》")):
        found = next((m for m in MUNICIPALITIES if (field or "").startswith(m)), "")
        if found:
            return found
    number = doc.doc_number or ""
    found = next((m for m, p in _NUMBER_PREFIXES.items() if number.startswith(p)), "")
    if found:
        return found
    text = doc.text or ""
    if "本市" not in text or "本省" in text:
        return ""
    named = [m for m in MUNICIPALITIES if text.count(m + "市") >= _MENTIONS_NEEDED]
    return named[0] if len(named) == 1 else ""


def local(text: str, municipal: bool) -> str:
    return text.replace("本省", "本市") if municipal and text else text


def localize(findings, province: str | None, doc) -> list:
    """Findings with "本省" said as "本市" when the document is a 直辖市's."""
    if not municipality(province, doc):
        return list(findings)
    return [replace(f, problem=local(f.problem, True), suggestion=local(f.suggestion, True))
            if "本省" in f.problem or "本省" in f.suggestion else f for f in findings]
