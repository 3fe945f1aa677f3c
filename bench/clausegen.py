"""Deterministic generator of benchmark queries for clause search.

Positives: real articles of the corpus restated the way local drafts do — localised subjects, modal swaps,
inserted or dropped phrases, truncation to one sentence, typos, punctuation changes (1–3 per query).
Negatives: local clauses that restate no law — internal procedures, subsidy amounts, boilerplate, contract terms.
"""

from __future__ import annotations

import random
import re

LOCALISE = [("国务院有关部门", "市有关部门"), ("国务院", "市人民政府"), ("县级以上地方人民政府", "市人民政府"),
            ("县级以上人民政府", "市、县（区）人民政府"), ("本法", "本办法"), ("国家", "本市"),
            ("省、自治区、直辖市人民政府", "市人民政府"), ("国务院主管部门", "市主管部门"),
            ("全国", "全市"), ("本条例", "本办法")]
MODAL = [("应当", "须"), ("应当", "应"), ("可以", "可"), ("不得", "禁止"), ("必须", "应当"), ("有权", "可以")]
INSERTS = ["按照本市有关规定，", "在本市行政区域内，", "经市人民政府批准，", "根据工作需要，", "原则上",
           "除另有规定外，", "结合本地实际，", "依照有关规定"]
TYPO_POOL = "的一是在了人有这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；])", text) if len(s) >= 12]


def transform(text: str, rng: random.Random, unique=lambda sentence: True) -> tuple[str, list[str]]:
    """Apply 1–3 local-draft transformations; returns the new text and their names.

    ``unique(sentence)`` says whether a sentence occurs in one article only: truncation keeps such a
    sentence (one that stands in several laws cannot be attributed to one of them by anybody).
    """
    ops = ["localise", "modal", "insert", "drop", "truncate", "typo", "punct"]
    chosen = rng.sample(ops, rng.randint(1, 3))
    t = text.replace("\n", "")
    applied = []
    for op in chosen:
        before = t
        if op == "localise":
            pairs = [p for p in LOCALISE if p[0] in t]
            if pairs:
                a, b = rng.choice(pairs)
                t = t.replace(a, b)
        elif op == "modal":
            pairs = [p for p in MODAL if p[0] in t]
            if pairs:
                a, b = rng.choice(pairs)
                t = t.replace(a, b, 1)
        elif op == "insert":
            cuts = [m.end() for m in re.finditer(r"[。；，]", t)] or [0]
            pos = rng.choice([0] + cuts[:-1])
            t = t[:pos] + rng.choice(INSERTS) + t[pos:]
        elif op == "drop":
            parts = re.split(r"(?<=，)", t)
            if len(parts) > 2:
                i = rng.randrange(1, len(parts) - 1)
                t = "".join(parts[:i] + parts[i + 1:])
        elif op == "truncate":
            sents = [s for s in _sentences(t) if len(s) >= 24 and unique(s)]
            if len(sents) > 1:
                t = rng.choice(sents)
        elif op == "typo":
            t = list(t)
            for _ in range(rng.randint(1, 2)):
                i = rng.randrange(len(t))
                if "\u4e00" <= t[i] <= "\u9fff":
                    t[i] = rng.choice(TYPO_POOL)
            t = "".join(t)
        elif op == "punct":
            t = t.replace("，", rng.choice(["、", ",", " "]), 2).replace("。", rng.choice(["", ".", "；"]))
        if t != before:
            applied.append(op)
    return t, applied


NEG_TEMPLATES = {
    "internal": [
        "{dept}每周{day}上午召开工作例会，各科室负责人参加，会议由{role}主持。",
        "{dept}应当建立工作台账，每月{n}日前将上月工作情况报{office}汇总。",
        "{dept}办公室负责会议纪要的起草和印发，纪要经{role}审定后印发。",
        "各科室报送的材料应当经科室负责人签字，并加盖{dept}公章后报送{office}。",
        "{dept}实行首问负责制，第一位接待来访群众的工作人员为首问责任人。",
        "{dept}干部职工因公外出，应当提前{n}个工作日填写外出审批单，报{role}批准。",
    ],
    "subsidy": [
        "对新引进的规模以上工业企业，给予一次性奖励{amount}万元。",
        "对当年纳税额首次超过{amount}00万元的企业，由{dept}给予{n}万元奖励。",
        "对获评国家级高新技术企业的，一次性奖励{amount}万元；重新认定的，奖励{n}万元。",
        "新入驻{park}的电商企业，前{n}年按实际租用面积给予每平方米每月{amount}元的租金补贴。",
        "对参加{park}展会的企业，按展位费的百分之{amount}给予补助，每家企业每年最高{n}万元。",
    ],
    "boilerplate": [
        "本办法自{year}年{month}月1日起施行，有效期{n}年。",
        "本办法由{dept}负责解释。",
        "本实施细则自印发之日起施行，有效期至{year}年12月31日。",
        "此前本市有关规定与本办法不一致的，以本办法为准。",
        "本通知自{year}年{month}月{n}日起执行。",
        "本方案由{dept}负责解释，自发布之日起实施。",
    ],
    "contract": [
        "乙方应于本合同签订之日起{n}个工作日内向甲方支付首期款项人民币{amount}万元。",
        "甲方应当在项目竣工验收合格后{n}日内支付合同价款的百分之{amount}。",
        "本协议一式{n}份，甲乙双方各执{half}份，具有同等法律效力。",
        "乙方承诺在{park}内投资建设年产{amount}万件的生产线，项目总投资不低于{n}亿元。",
        "如乙方未按期开工，每逾期一日，应按投资总额的万分之{n}向甲方支付违约金。",
    ],
}
FILL = {
    "dept": ["市住房和城乡建设局", "县教育局", "区市场监督管理局", "市司法局", "县自然资源局", "街道办事处"],
    "day": ["一", "二", "三", "五"], "role": ["局长", "分管副局长", "办公室主任", "主任"],
    "office": ["局办公室", "市政府办公室", "县委办"], "park": ["高新区", "经济开发区", "产业园区", "物流园"],
}


def negatives(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` distinct negative clauses as (kind, text)."""
    out: dict[str, str] = {}
    kinds = list(NEG_TEMPLATES)
    while len(out) < n:
        kind = kinds[len(out) % len(kinds)]
        tpl = rng.choice(NEG_TEMPLATES[kind])
        text = tpl.format(
            dept=rng.choice(FILL["dept"]), day=rng.choice(FILL["day"]), role=rng.choice(FILL["role"]),
            office=rng.choice(FILL["office"]), park=rng.choice(FILL["park"]), n=rng.randint(2, 30),
            amount=rng.randint(3, 99), year=rng.randint(2022, 2027), month=rng.randint(1, 12),
            half=rng.randint(1, 3))
        out.setdefault(text, kind)
    return [(k, t) for t, k in out.items()]
