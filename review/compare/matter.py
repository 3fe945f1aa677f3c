"""What a text is about: its content bigrams, the words of time-limit and penalty formulas and the words any
article may use left aside.

Two provisions that share 之日起, 日内, 罚款 or 应当 share a formula, not a subject; two that share 扣押, 居住, 听证
or 供水 speak of one matter. ``content_bigrams`` drops the formula words; ``matter_bigrams`` also the words any
article of a law may use (下列, 提供, 规定, 本条例 …).
"""

from __future__ import annotations

import re
from functools import lru_cache

# the words of a time limit or penalty formula, which any two provisions share: not a sign of one subject
FORMULA = re.compile(r"[\d０-９.．%％]+|[〇零一二三四五六七八九十百千万亿两]+|个?工作日|之日起|日内|以内|以上|以下|期限|"
                     r"应当|可以|不得|自|受理|申请|收到|作出|决定|元|罚款|处以?|并处|给予|警告|责令|改正|的|和|或者|"
                     r"由|在|内|[、，。；：“”《》（）()\s]")
# words any article of a law may use: no sign of which matter it is about
GENERIC = re.compile(r"下列|提供|基本|有关|相关|规定|按照|依照|依法|其他|本条例|本办法|本法|违反|第[一二三四五六七八九十百零〇]+条")


def cjk_pairs(text: str) -> frozenset[str]:
    """The pairs of adjacent CJK characters (U+4E00–U+9FFF) of ``text``: 县民政局审批 → 县民, 民政, 政局, 局审, 审批."""
    return frozenset(run[i:i + 2] for run in _CJK_RUN.findall(text or "") for i in range(len(run) - 1))


_CJK_RUN = re.compile("[\u4e00-\u9fff]{2,}")


def content_bigrams(text: str) -> set[str]:
    """The character pairs of ``text`` outside the formula words."""
    core = FORMULA.sub("|", text or "")
    return {core[i:i + 2] for i in range(len(core) - 1) if "|" not in core[i:i + 2]}


def matter_bigrams(text: str) -> frozenset[str]:
    """The content bigrams of ``text`` without the words any article may use: what it is about (remembered: the
    same articles come back for many clauses)."""
    return _matter(text or "")


@lru_cache(maxsize=16384)
def _matter(text: str) -> frozenset[str]:
    return frozenset(content_bigrams(GENERIC.sub("|", text)))


_CERTIFICATE = None
_SAME_CERTIFICATE = {"身份证": "居民身份证", "户口簿": "居民户口簿", "驾驶证": "机动车驾驶证"}


def certificates(text: str) -> frozenset[str]:
    """The personal certificates a text names (居住证, 居民身份证 …; lexicon concept compare.certificate_name)."""
    global _CERTIFICATE
    if _CERTIFICATE is None:
        from ..norms.lexicon import default_lexicon

        _CERTIFICATE = re.compile(default_lexicon().source("compare.certificate_name"))
    return frozenset(_SAME_CERTIFICATE.get(m.group(), m.group()) for m in _CERTIFICATE.finditer(text or ""))


def names_other_certificate(clause_text: str, upper_text: str) -> bool:
    """Whether the clause and the article each name personal certificates, none the same: the 工本费 of 补领居住证
    is not that of 补领居民身份证 (居民身份证法 第二十一条), however alike the two sentences."""
    mine, theirs = certificates(clause_text), certificates(upper_text)
    return bool(mine) and bool(theirs) and not (mine & theirs)
