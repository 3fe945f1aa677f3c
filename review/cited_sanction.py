"""A penalty laid "by" an article that lays none (round 42, judge42; real D153 第五十七条: "按《中华人民共和国土地管理法》
第四十七条规定予以处罚" — the 土地管理法 in force has the 征收 procedure at 第四十七条, its penalties at 第七十四条 ff.; the
document cited the 1988 text's numbers).

A sentence that takes its penalty from a cited article (按/依照/依据/根据《X》第N条（的）规定予以处罚, 处以罚款) states that
the article is a 罚则. The citation check (statutes.citations.verify) finds the article and calls it ``verified``; this
reading compares what the sentence says the article does with the article's own text in the corpus: when the text in
force lays no sanction at all (none of the sanction group of review/lexicons/sanctions.toml, no coercive measure, no
penal marker, liability or order — ``compare.vocabulary.CONSEQUENCE_RX`` —, nor a referral to another article that
does: 依照本法第N条的规定处罚 holds 处罚), the citation names the wrong article — an amendment renumbered the law, or the
drafter miscited — and the penalty has no stated basis until the number is corrected (行政处罚法 第四条: 行政处罚……依照
本法由法律、法规、规章规定). Not where the article is named as the duty violated (违反《X》第N条规定的，处……罚款): the
lead word must take the article as the penalty's basis.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .compare.vocabulary import CONSEQUENCE_RX

NOT_SANCTION = "not_sanction"
# the article taken as the basis of the penalty: a lead word just before the citation …
_LEAD = re.compile(r"(?:按|按照|依照|依据|根据|依)(?:国家)?$")
# … and the penalty straight after it (第四十七条规定予以处罚, 第三十条的规定处以罚款, 第五条处罚)
_PENALTY_AFTER = re.compile(r"^(?:第[^，,。；;、《》]{1,12}?[款项])*(?:的)?(?:有关)?(?:规定)?[，,]?"
                            r"(?:予以|给予|进行|处以|依法)?(?:行政)?(?:处罚|罚款)")


def sanction_missing(chk, context: str):
    """``chk`` restated as a penalty basis that lays no penalty (``NOT_SANCTION``), or None: a verified citation of an
    article whose text the corpus holds, taken in ``context`` (its sentence) as the basis of a penalty, whose text in
    force names no sanction."""
    if chk.verdict != "verified" or chk.provision is None or chk.ref.article is None:
        return None
    text = chk.provision.text or ""
    if not text or CONSEQUENCE_RX.search(text):   # what a 罚则 holds: one sanction vocabulary (sanctions.toml)
        return None
    quote = chk.ref.text
    at = context.find(quote)
    if at < 0 or not _LEAD.search(re.sub(r"\s+", "", context[:at])[-4:]):
        return None
    if not _PENALTY_AFTER.match(re.sub(r"\s+", "", context[at + len(quote):])):
        return None
    gist = re.sub(r"\s+", "", text)[:60]
    return replace(chk, verdict=NOT_SANCTION,
                   detail=f"《{chk.law}》现行文本{chk.provision.article_label}规定的是“{gist}……”，没有规定处罚；"
                          f"所引条号可能是修改前文本的序号或者引错。{chk.detail}")
