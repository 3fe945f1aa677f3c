"""A benefit withdrawn for conduct unrelated to it (round 29 wave 2, pr29b; issue 8, rights): *a benefit, place or
service — a school place, a subsidy, a licence's renewal, a registration, an assistance — refused, cancelled, suspended
or moved as the consequence of a duty the person owes elsewhere* (未完成护学岗志愿服务时长的，下一学年调整回户籍所在地
学校就读; 拒不参加义务劳动的农户，暂停发放其耕地地力保护补贴; 未缴纳协会会费的，不予办理许可证延续). No law lets a body
hold a benefit hostage to an unrelated duty (立法法 第九十三条第六款; 国办发〔2018〕37号 一（一）; 行政许可法 第五十条:
a renewal on the licence's own conditions). Read by shape, with open slots:

* **condition** — a ……的 condition that a duty was not done (未完成, 未参加, 拒不参加, 不参加, 未履行, 未缴纳, 未缴清,
  拖欠 …) whose object is a duty owed elsewhere, by its noun's ending: volunteering or duty labour (……志愿服务, ……义务
  劳动, ……值守, ……巡逻, ……演练, ……时长, ……活动), or a charge of another kind (……会费, ……集资款, ……捐款, ……摊派);
  or an offence already dealt with (被查处, 受到……处罚) before a means-tested assistance;
* **consequence** — the benefit withheld (不予, 取消, 暂停, 停止, 停发, 调整, 注销, 收回, 不再 …) with a benefit noun by
  its ending (……补贴, ……补助, ……救助, ……资格, ……待遇, ……学位, ……就读, ……服务, ……卡, ……证, ……许可, ……登记, ……续期,
  ……延续, ……报名, ……优惠, ……奖励, ……展位);
* **unrelated** — the condition's object and the benefit share no word (未完成志愿服务时长的，不再推荐评选优秀志愿者: the
  award is for the volunteering; 未缴纳养老保险费的 → 养老金: the same scheme).

Guards (beside the basis ``burden.burdens`` reads for every reading): a protective negation (不得以……为由), the
organ's own units and plans (所属, 本库, 内部, 计划). Pure: sentence in, frozen ``Burden``s (name ``unrelated``) out.
"""

from __future__ import annotations

import re

from .guards import PROTECTIVE
from .model import Burden

NAMES = ("unrelated",)

# (not a course or a meeting: training is often the licence's own condition — 未参加岗前培训课程的，不予办理上岗证)
_DUTY = (r"志愿服务|志愿|义务劳动|义务工|劳动|值守|巡逻|护学|演练|服务时长|时长|活动|"
         r"会费|集资款?|捐款|捐资|摊派")
_NOT_DONE = re.compile(rf"(?:未(?:按要求|按规定|按时)?(?:完成|参加|履行|缴纳|缴清|交纳|交清|达到)|拒不(?:参加|履行|缴纳|完成)|拒绝参加|不参加|拖欠)"
                       rf"(?P<obj>[^，。；]{{0,20}}?(?:{_DUTY}))[^，。；]{{0,8}}?的")
_DEALT_WITH = re.compile(r"(?P<obj>[^，。；]{2,20}?)(?:被查处|被处罚|受到[^，。；]{0,6}?处罚|被行政处罚)[^，。；]{0,6}?的")
_ASSISTANCE = re.compile(r"低保|最低生活保障|救助|补贴|补助|扶助|优待|困难")
_WITHHELD = re.compile(r"不予|取消|暂停|停止|停发|调整回?|注销|收回|不再|一律不予|拒绝")
_BENEFIT = re.compile(r"补贴|补助|救助|低保|资格|待遇|学位|就读|入学|服务|卡|证|许可|登记|续期|延续|报名|优惠|奖励|扶助|展位|名额")
_OWN = re.compile(r"所属|下属|本库|本单位|内部|计划|考核")
_GENERIC = {"年度", "当年", "本年", "办理", "相应", "规定", "按照", "要求", "服务"}


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} - _GENERIC


def _consequence(sentence: str, at: int) -> tuple[int, int] | None:
    """The benefit withheld after the condition that ends at ``at``: the verb with a benefit noun after it (暂停发放其……
    补贴), or the benefit named before the verb in its clause (在评议其低保、临时救助申请时一律不予通过)."""
    stop = min([i for i in (sentence.find(c, at) for c in "。；;") if i >= 0] or [len(sentence)])
    for w in _WITHHELD.finditer(sentence, at, stop):
        b = _BENEFIT.search(sentence, w.end(), min(stop, w.end() + 24))
        if b is not None:
            return w.start(), b.end()
        before = list(_BENEFIT.finditer(sentence, at, w.start()))
        if before and re.search(r"其|申请|评议|审核", sentence[at:w.start()]):
            return before[0].start(), w.end() + len(re.match(r"[^，。；]{0,4}", sentence[w.end():]).group(0))
    return None


def withdrawn(sentence: str, header: str = "") -> list[Burden]:
    """The benefit ``sentence`` withholds for a duty owed elsewhere (the module docstring)."""
    if "的" not in sentence or PROTECTIVE.search(sentence) or _OWN.search(sentence):
        return []
    for rx, assistance_only in ((_NOT_DONE, False), (_DEALT_WITH, True)):
        for m in rx.finditer(sentence):
            c = _consequence(sentence, m.end())
            if c is None:
                continue
            consequence = sentence[c[0]:c[1]]
            if assistance_only and not _ASSISTANCE.search(consequence):
                continue
            if _bigrams(m.group("obj")) & _bigrams(consequence + sentence[c[1]:c[1] + 8]):
                continue          # the benefit is the duty's own (志愿服务 → 优秀志愿者; 保险费 → 保险待遇)
            return [Burden("unrelated", c[0], c[1], consequence)]
    return []
