"""A list of what a public body or its officials must NOT do, each item read under its header (round 36, prec36).

A header such as 执法人员在检查中不得有下列行为： or 网格员入户宣传应当遵守下列规定： binds a public actor, and the items
under it name the restriction, the fee, the sanction or the demand for papers the body is barred from imposing on the
persons it deals with (国办发〔2018〕37号 一（一）: a 规范性文件 may restrain the administration; 行政许可法 第三十一条,
行政处罚法 第四十二条 …). Read on its own, the item looks like the measure the content rules report (收取检查费, 设置审批,
强行进入住宅); read under its header it is the measure forbidden to the body — a protective clause.

* ``barred_header`` — the header's subject is a public actor (a body the role.government concept names, or an
  official by his title: 工作人员, 执法人员, 网格员 …, with no private actor's mark in the subject) and it bars its
  items as a whole (不得有下列行为, 严禁下列行为, 禁止……下列情形): every item is what the actor must not do;
* ``bound_header`` — the same public subject bound to observe the items (应当遵守下列规定, 应当做到以下几点): only an
  item's phrase opened by a prohibition (不得, 严禁, 禁止, 不准) is what the actor must not do; its duties (应当……) are
  the actor's acts on others and stay for the content rules to read.

The same surface stays a finding where the header binds a private party (周边居民应当遵守下列规定：……一律不得……; 当事人
应当提交下列材料：), where the header lays a procedure rather than a bar (年度检查按照下列规定进行：), or where the item's
phrase is the official's own act on others (应当……停止发放).

Pure: strings in, a bool out.
"""

from __future__ import annotations

import re

from ..sentences import phrase_bounds, sentence_bounds
from .lexicon import default_lexicon

# an official by his title (not a firm's own staff: a private mark in the subject excludes it)
_OFFICIAL = re.compile(r"工作人员|执法人员|检查人员|执法队员|网格员|网格管理员|协管员|辅警|公职人员|国家工作人员|公务员|"
                       r"窗口人员|经办人员|审批人员|登记人员|监管人员|巡查人员|干部")
# a private actor in the subject (民办学校, 企业工作人员, 周边居民): the header binds him, not the administration
_PRIVATE = re.compile(r"企业|公司|经营者|经营户|商户|个体|民办|私营|物业|业主|住户|居民|村民|农户|群众|家长|学生|当事人|申请人|"
                      r"从业人员|承租人|用人单位|社会组织|协会|合作社|乙方")
# where the subject ends: an adverbial of the occasion (在……中, 对……, 办理……时), the purpose, or the modal itself
_SUBJECT_END = re.compile(r"在|对|向|于|办理|开展|履行|实施|进行|入户|上门|执行|提供|参与|应当|应|必须|须|要|不得|严禁|禁止|不准")
_PURPOSE = re.compile(r"^为(?:了)?[^，。；：]{1,40}[，,]")
# the header barring its items as a whole
_BARS_ITEMS = re.compile(r"(?:不得|严禁|禁止|不准|杜绝)(?:有|出现|存在|实施|发生)?(?:下列|以下|如下)[^，。；：:]{0,6}(?:行为|情形|情况|做法|事项)")
# the header binding the actor to observe its items
_BINDS_ITEMS = re.compile(r"(?:应当|应|必须|须|要|严格)(?:严格)?(?:遵守|做到|执行|落实|遵循)(?:下列|以下|如下)[^，。；：:]{0,6}(?:规定|要求|纪律|规范|事项|几点|守则)?")
# a phrase opened by a prohibition (its subject, if any, before it)
_PROHIBITION = re.compile(r"^[^，。；：:]{0,6}?(?:均|一律|也|并|严格|坚决)?(?:不得|严禁|禁止|不准|不许)")


def header_subject(header: str) -> str:
    """The header's subject: its words before the occasion, the purpose or the modal (县教育局及其工作人员 of
    县教育局及其工作人员在民办学校年度检查中不得有下列行为：)."""
    text = _PURPOSE.sub("", header.strip())
    m = _SUBJECT_END.search(text)
    return text[:m.start()] if m else ""


def public_actor(subject: str) -> bool:
    """Whether ``subject`` names the administration: a public body or an official, no private actor's mark."""
    if not subject or _PRIVATE.search(subject):
        return False
    return bool(_OFFICIAL.search(subject)) or default_lexicon().has("role.government", subject)


def barred_header(header: str) -> bool:
    """A header whose public subject must not do any of its items (工作人员不得有下列行为：)."""
    return bool(_BARS_ITEMS.search(header)) and public_actor(header_subject(header))


def bound_header(header: str) -> bool:
    """A header binding its public subject to observe its items (网格员……应当遵守下列规定：)."""
    return bool(_BINDS_ITEMS.search(header)) and public_actor(header_subject(header))


def barred_to_public_actor(clause_text: str, quote: str, header: str) -> bool:
    """Whether the finding's ``quote`` in a list item is conduct its header forbids a public body or official: any
    item under a barring header, or a prohibition phrase of an item under a binding one."""
    if not header or not quote:
        return False
    if barred_header(header):
        return True
    if not bound_header(header):
        return False
    at = clause_text.find(quote)
    if at < 0:
        return False
    s0, s1 = sentence_bounds(clause_text, at, at + len(quote))
    sentence = clause_text[s0:s1]
    a, b = phrase_bounds(sentence, at - s0, at - s0)
    if at - s0 + len(quote) > b + 1:
        return False               # the quote reaches into another phrase: that phrase decides
    phrase = re.sub(r"^[（(][一二三四五六七八九十\d]+[）)]|^\d+[.、]", "", sentence[a:b])
    return bool(_PROHIBITION.match(phrase))
