"""The sentence shapes a drafter states a measure in, read back to the verb-first phrase the concept lexicons know.

The sanction concepts (``review/lexicons/sanctions.toml``) are written verb first, with the object close behind:
取消其……资格, 暂停……供水. Drafters also write

* the **object first** and the verb after it: 其土地承包经营权和集体收益分配资格一并终止, ……成员资格自动丧失,
  ……驾驶员证予以注销, 其子女的入学学位暂缓安排, 该经营户的摊位使用证由市场服务中心收回;
* the **instrument as the subject**: 供水、供电企业……暂停对其房屋的供应 (the supply named by who supplies it);
* one verb over **coordinated objects**: 暂停为其出具居住证明、办理各类服务事项 (暂停 bears on 办理 too);
* a **long object phrase** between the verb and the noun it bears on: 取消其本人及其共同生活的家庭成员在本年度申请享受的
  各类社会救助和临时生活补助资格 — the head of a Chinese noun phrase is its last noun, whatever stands before it.

Each is read as a ``Phrase``: where it stands in the sentence and the verb-first text it means (取消其……分配资格,
暂停供水的供应, 取消其临时生活补助资格), which ``analyse.sanctions_of`` gives the sanction concepts to read. Only a
phrase whose head is something a person or firm holds or receives (``HELD``) is read, and a phrase that is itself a
condition (……资格被取消的，) is not. Pure: text in, frozen data out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..firstchars import Held

# what someone holds or receives: the head nouns an adverse measure bears on (the 证/卡/资格/权/待遇 of the measures the
# 法律责任 chapters name, and the benefits and services a drafter withholds)
HELD = (r"资格|资质|权限|权利|经营权|承包经营权|使用权|权|证书|证件|证照|执照|牌照|许可证|使用证|[^，,。；;：:、]证|卡|待遇|"
        r"学位|补贴|补助|救助|低保|分红|收益分配|账户|账号|指标|名额|额度")
_BOUND = r"[^，,。；;：:]"
# an object-first measure: the held thing, adverbs or the agent (一并、自动、予以、由……), then the verb; not a condition
# (……资格被取消的) nor a negation (证不予注销: a negation stands between the noun and the verb and breaks the shape)
_ADVERB = r"(?:一并|自动|即|即行|随即|随之|同时|将|一律|依法|予以|均|亦|也|应当|应|被|)"
_OBJECT_FIRST = re.compile(
    rf"(?P<obj>{_BOUND}{{1,30}}?(?:{HELD}))(?P<adv>{_ADVERB}{{0,3}}(?:由{_BOUND}{{2,16}}?)?{_ADVERB}{{0,2}})"
    r"(?P<verb>终止|丧失|取消|注销|撤销|作废|失效|收回|暂停|停止|冻结|暂缓安排|暂缓办理|暂缓发放)(?![^，,。；;]{0,2}的)")
_OBJECT_FIRST_SCAN = Held(_OBJECT_FIRST)    # (round 26, speed26: searched only where a match may stand — exact)
# the verb an object-first ending means, as the lexicon's verb-first phrases write it (……资格一并终止: 取消其……资格)
_CANONICAL = {"终止": "取消", "丧失": "取消", "失效": "取消", "作废": "注销"}
# a verb-first measure whose object phrase is longer than the lexicon's gaps: read with the phrase's head
_LONG_OBJECT = re.compile(
    r"(?P<verb>暂停|停止|中止|冻结|限制|取消|注销|撤销|收回|终止|剥夺|切断|中断)"
    rf"(?P<obj>(?:其|该|对其|对该){_BOUND}{{12,60}}(?:{HELD}|供应|业务))")     # greedy: the phrase's last head
_HEAD = 16          # at most this many characters of an object phrase read as its head
# the instrument as the subject: a supplier (供水、供电企业, 燃气公司和自来水公司) stops "the supply" to someone
_SUPPLY = r"供水|供电|供气|供热|供暖|燃气|自来水|电力|热力|天然气"
_INSTRUMENT = re.compile(
    rf"(?P<who>{_SUPPLY})(?:[、和及与]?(?:{_SUPPLY}))*{_BOUND}{{0,4}}?(?:单位|企业|公司|部门|机构)[^。；;]{{0,30}}?"
    rf"(?P<verb>暂停|停止|中断|切断|中止)(?P<obj>{_BOUND}{{0,16}}?)(?:供应|供给)")
# one verb over coordinated objects (暂停为其出具居住证明、办理各类服务事项): the verb bears on each of them
_COORDINATED = re.compile(r"(?P<verb>暂停|停止|不予|不再|暂缓|取消|冻结|限制)(?P<pron>为其|给其|对其|其)?"
                          r"(?P<first>[^，,。；;：:、]{1,12})(?P<rest>(?:、[^，,。；;：:、]{1,14}){1,4})")
_SUBJECT_WORD = {"供电": "供电", "电力": "电力", "供水": "供水", "自来水": "自来水", "供气": "供气", "燃气": "燃气",
                 "天然气": "天然气", "供热": "供热", "热力": "热力", "供暖": "供暖"}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A measure written in another shape: [start, end) in the sentence, and the verb-first ``text`` it means."""

    start: int
    end: int
    text: str
    shape: str              # object_first | long_object | instrument | coordinated


def head(obj: str) -> str:
    """The head of an object phrase: what follows its last 的 (其子女的入学学位: 入学学位; 其本人……申请享受的各类社会
    救助和临时生活补助资格: 各类社会救助和临时生活补助资格), at most ``_HEAD`` characters from its end."""
    tail = obj[obj.rfind("的") + 1:]
    return (tail if len(tail) >= 2 else obj)[-_HEAD:]


def _object_first(sentence: str) -> list[Phrase]:
    out = []
    for m in _OBJECT_FIRST_SCAN.finditer(sentence):
        obj = m.group("obj")
        cut = max(obj.rfind(ch) for ch in "其该")        # the holder's pronoun: what follows it is the thing held
        held = obj[cut + 1:] if cut >= 0 else obj
        verb = m.group("verb")
        out.append(Phrase(m.start("obj") + cut + 1, m.end(), f"{_CANONICAL.get(verb, verb)}其{head(held)}",
                          "object_first"))
    return out


def _long_object(sentence: str) -> list[Phrase]:
    return [Phrase(m.start(), m.end(), f"{m.group('verb')}其{head(m.group('obj'))}", "long_object")
            for m in _LONG_OBJECT.finditer(sentence)]


def _instrument(sentence: str) -> list[Phrase]:
    return [Phrase(m.start("verb"), m.end(), f"{m.group('verb')}{_SUBJECT_WORD[m.group('who')]}的供应", "instrument")
            for m in _INSTRUMENT.finditer(sentence)]


def _coordinated(sentence: str) -> list[Phrase]:
    out = []
    for m in _COORDINATED.finditer(sentence):
        at = m.start("rest")
        for part in m.group("rest").split("、")[1:]:
            at += 1
            out.append(Phrase(at, at + len(part), f"{m.group('verb')}{m.group('pron') or ''}{part}", "coordinated"))
            at += len(part)
    return out


_WORDS = re.compile(r"终止|丧失|取消|注销|撤销|作废|失效|收回|暂停|停止|冻结|暂缓|中止|限制|剥夺|切断|中断|不予|不再")


@functools.lru_cache(maxsize=4096)
def phrases(sentence: str) -> tuple[Phrase, ...]:
    """Every measure of ``sentence`` written object first, with a long object phrase, or with its instrument as the
    subject, read as the verb-first phrase it means."""
    if not _WORDS.search(sentence):         # no verb of a measure: no shape to read (most sentences)
        return ()
    return tuple(_object_first(sentence) + _long_object(sentence) + _instrument(sentence) + _coordinated(sentence))


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

_OBJECT_FIRST = Keyed(_OBJECT_FIRST)
