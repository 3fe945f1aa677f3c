"""Another's wrong borne by someone who did not do it (round 43, concept43b, issue 8: rights).

The reading a reviewer applies to a detriment and its bearer, whatever the sector's words: a WRONG (a violation, an
arrears, a fraud, an obstruction, a sanction received) told of one person, and a DETRIMENT (an opportunity lost — an
application, a post, a service, a loan, a transfer refused; a record of another's wrong weighed in one's own vetting;
a pay cut) laid on ANOTHER:

* forward — the wrongdoer's relatives (其配偶、子女、父母、家庭成员、近亲属) or the other members of his crew, his
  cooperative, his team (该班组其他人员, 该合作社其他社员) bear it (欠薪企业法定代表人及其配偶、子女名下的房产……不予办理
  转移登记; 排污单位法定代表人的配偶、子女报考……的，将该企业违法情况列入政审考察内容; 同一劳务班组有人员违章的，扣减该
  班组其他人员绩效工资); the wrong may stand in a list's header and the relative in the item (驾驶人……被查处的，按照下列规定
  落实管理措施：（三）其配偶、子女申请……一律不予录用), or the wrongdoer may be named in the item and the detriment in the
  header (下列人员不得被聘为……：（三）因……被依法追究责任人员的配偶、子女);
* reverse — the relative's wrong laid on the person himself (有下列情形之一的，不推荐担任调解员：（五）其配偶、父母或者
  子女因缠访闹访被依法处理……; 经营者的配偶……曾因擅自设置……被责令拆除的，视为该经营者存在未整改事项).

A sanction reaches the wrongdoer only (宪法 第三十三条; 行政处罚法 第四条); a 规范性文件 may not reduce rights or add
duties without a basis (立法法 第九十三条第六款; 国办发〔2018〕37号 一（一）). The rule is C-RIGHTS-DETRIMENT's
``vicarious`` (review/norms/detriment.py): this reading is its general form, read where the phrase-bound ``vicarious``
found nothing. Look-alikes, by the guards the detriment readings share (a basis — ``burden.burdens`` reads it first —, a
protective negation, a recusal) and by this concept's own: no wrong told at all (a household's means test: 申请人及其
配偶名下有住房的，不予保障; a relative working in the unit), a relative's priority or care (优先, 照顾, 同等), a
guardian's or an heir's standing (监护, 继承, 死亡), an applicant and his household applying together (申请人及其).

Pure: sentence (and its list header) in, frozen ``Burden``s out; offsets into the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..sentences import end_before, start_after
from .kin import RELATIVE
from .lexicon import read_lexicon_file
from .model import Burden

_LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "detriment.toml"
_RX = {c.name: re.compile(c.regex_source) for c, _ in read_lexicon_file(_LEXICON)}
CO_MEMBER, LOST, MISDEED = _RX["detriment.co_member"], _RX["detriment.lost"], _RX["detriment.misdeed"]
# a wrong: an unlawful or refused act, a sanction received, or a misdeed done (虚假、骗取、虐待、偷工减料 …)
WRONG = re.compile(f"{_RX['detriment.wrong'].pattern}|{MISDEED.pattern}")

# the relatives who can bear another's wrong (a guardian answers for a ward by law — 民法典 第一千一百八十八条 —, and a
# 家长 is addressed as the pupil's guardian: not read here)
_KIN = re.compile(rf"(?:{RELATIVE})")
_NOT_BEARER = re.compile(r"监护人|家长")
# the relatives' standing the scheme itself turns on: care or priority, a guardian's or an heir's, a joint application
_LAWFUL = re.compile(r"优先|照顾|优待|同等条件|帮扶|救助|慰问|抚恤|监护|继承|死亡|去世|牺牲|申请人(及|和|或者?)其|共同申请|回避")
# a relative named as what the doer's own act bears on, not as one who bears a detriment (没有办理结婚登记生育子女的;
# 未办理收养登记收养子女的; 有配偶与他人生育的 — the applicant's own conduct: found on the real documents, D012)
_OBJECT_OF = re.compile(r"(生育|生|收养|抚养|赡养|遗弃|虐待|携带|教唆|指使|为|与|有|无|接送|陪同|送)$")
# a fraud in the application withdrawing what it sought, whoever the applicant applied for (外来务工人员为子女申请入读……
# 一经查实有弄虚作假行为的，取消其申请资格 — D007, D042, D071): what the fraud obtained is withdrawn (行政许可法 第六十九条
# 第二款, 第七十九条), no relative bears another's wrong
_FRAUD = re.compile(r"虚假|弄虚作假|隐瞒|欺骗|伪造|骗取")
_WITHDRAWN = re.compile(r"(取消|撤销|不予|注销)[^，。；]{0,12}?(申请|资格|办理|入学|入读|录取|学位)")
# the body's own staff: internal administration (公务员法, 监察法 govern it)
_OFFICIALS = re.compile(r"工作人员|公职人员|公务员|干部|党员")


def _part(text: str, at: int) -> tuple[int, int]:
    """The phrase (between commas, semicolons, colons, stops) that holds ``at``."""
    return start_after(text, at, "，,；;：:"), end_before(text, at, "，,；;。：:")


def _bearers(sentence: str):
    """The relatives and the co-members ``sentence`` names, in order (a guardian or a 家长 left out)."""
    found = [m for rx in (_KIN, CO_MEMBER) for m in rx.finditer(sentence) if not _NOT_BEARER.fullmatch(m.group(0))]
    return sorted(found, key=lambda m: m.start())


def borne_by_other(sentence: str, header: str = "") -> list[Burden]:
    """Another's wrong borne by a relative or a co-member, or a relative's wrong borne by the person himself (the
    module docstring); [] for a look-alike."""
    whole = header + sentence
    if _LAWFUL.search(whole) or _OFFICIALS.search(whole):
        return []
    if "申请" in whole and _FRAUD.search(whole) and _WITHDRAWN.search(whole):
        return []
    for b in _bearers(sentence):
        lo, hi = _part(sentence, b.start())
        if _OBJECT_OF.search(sentence[lo:b.start()]):
            continue                                  # what the doer's own act bears on (生育子女, 收养子女, 有配偶)
        own = sentence[b.end():hi]                    # what the bearer's own phrase tells after it
        if WRONG.search(own):
            # reverse: the relative is the wrongdoer; the detriment falls on another — in the header, or in a phrase
            # after the relative's that names no relative (视为该经营者存在未整改事项)
            if CO_MEMBER.match(sentence, b.start()):
                continue
            later = sentence[hi:]
            lost = LOST.search(later)
            if lost and not _KIN.search(later, 0, lost.start()):
                return [Burden("vicarious", b.start(), hi + lost.end(), sentence[b.start():hi + lost.end()])]
            if header and LOST.search(header) and not _KIN.search(header):
                return [Burden("vicarious", b.start(), hi, sentence[b.start():hi])]
            continue
        # forward: a wrong told of someone else — before the bearer, in the header, or of another's record after it
        if not (WRONG.search(sentence, 0, b.start()) or WRONG.search(header) or WRONG.search(sentence, hi)):
            continue                                  # no wrong told of anyone
        if _KIN.match(sentence, b.start()) and b.group(0) in sentence[:b.start()]:
            continue                                  # the same relative named before as the doer (其子女吸毒的，其子女……)
        lost = LOST.search(sentence, lo)              # in the bearer's phrase (扣减该班组其他人员……) or after it
        if lost is not None:
            a, e = min(b.start(), lost.start()), max(b.end(), lost.end())
            return [Burden("vicarious", a, e, sentence[a:e])]
        if header and LOST.search(header):
            return [Burden("vicarious", b.start(), hi, sentence[b.start():hi])]
    return []
