"""Renamed bodies and moved functions (legal-checks.md §6, §11.3) as rules.

Each ``[[agency]]`` entry of a pack (``review/packs/agencies.toml``) says which old body is gone, what took
its place, when, and on what basis. ``agency_rule`` expands an entry into an ordinary text rule whose
patterns fire only where the old body is named as an *actor*:

* a full name (``old``: 市卫生计生委, 国土资源局, 物价部门) before an actor verb (负责, 会同, 审批, 出具…), after
  由/经/报/向/会同, or standing as an item of a list of bodies (a task table: "市国土房管局、市农委");
* a bare name (``bare``: 国土资源, 人口计生, 工商) only as an item of an enumeration of departments that ends in
  部门/机关/机构 ("市公安、国土资源、民政等有关部门");
* a moved function (``functions``: 基本医疗保险, 消防监督检查, 价格监督检查): the old body is wrong only for
  that function (人力资源和社会保障部门 still runs 养老保险), so the entry fires only where the old body and
  the function stand in one sentence, and not where that sentence names the body that holds the function now
  (``successor``: 医疗保障部门).

An entry may widen the sentence to its clause (``function_scope = "clause"``: the function in another sentence of the
clause or in its list header, ``tied_in_clause``), leave out the generic use of an old name that became the statutory
name of every body of its kind (``generic``: in a document made since the reform, a sentence naming the functions the
body keeps too, ``generic_use``), and join another entry's finding in the same clause (``joins``: the 社会保险经办机构
and the 社会保险行政部门 of one moved insurance are one place to amend, ``merge_agency_findings``).

A moved function may also be stated by the document rather than the sentence (``document_variants``): by its title
(a 生育保险 notice: wherever 社会保险行政部门 acts in it, it acts on 生育保险, unless the sentence names a function
the body keeps, ``keeps``) or by a short name it defines for the function (子女参加城乡居民医疗保险（以下简称入医）).

Titles in 《》, the maker of a cited 令, "原××局", "××局更名为…", news narrative ("负责人表示") never fire. The review date
(``as_of``) governs: a document made before the reform used the right name then, and the engine notes that
(the cleanup's purpose is to bring such names up to date, legal-checks.md §11.2).

``merge_agency_findings`` turns the findings of one sentence (a task-table row, a list of departments) into one
finding that lists every old name in it, with all bases — a place is amended once, whatever the number of names
in it; names in other sentences of the clause stay findings of their own, each quoting its place. ``fold_defined``
makes a body the document names by a name it defines (以下简称市国土房管局; 本办法所称房屋登记机构，是指……) one
finding at the definition, listing its other places. ``fold_repeated`` then makes each old body one finding per
document (a reviewer writes once "全文‘规划国土部门’应改为……" and lists the places): a place whose every old body an
earlier finding names folds into it; each listed place keeps its clause, quote and document offset (``folded``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .modre import compile_kept
from .model import made_on
from .sentences import closed

AGENCY_KEYS = {"id", "old", "abbreviations", "bare", "functions", "successor", "keeps", "unless", "new", "reform", "date",
               "until", "basis", "note", "severity", "examples", "title", "suggestion", "opinion", "verified",
               "function_scope", "generic", "joins", "header_scope", "local_date"}

# The role of a body in a sentence, over the concepts of review/lexicons/agencies.toml ({{…}} is resolved by the
# pack loader, so an office's extends = true entries count): a body acts when
# * an action follows it (负责, 审批, 出具, 颁发, 检定…: agency.act), or a modal or 是/为 follows at once;
# * a particle before it makes it the one acting or addressed (由, 经, 报, 向, 到, 在, 凭……出具: agency.before);
# * it stands at the head of a phrase, with its place before it (市工商局是登记机关 / 县质监局检测达标以前 / an item of a
#   list of bodies: a task table's "市国土房管局、市农委"), unless it heads the title of a document (X关于…, X网站)
#   or signs a text with its date (（市人事局 二○○三年四月）).
ACTOR_AFTER = r"(?=[在应要须将对是为])|[^。；\n]{0,10}?(?:{{agency.act}})"
# … a particle that is a word's last character is no particle (round 22, D054: 签订劳动合同或取得工商部门的营业执照 — the
# 同 of 合同 — named the body an actor of a contract's signing): 合同, 共同, 相同, 参与, 存在, 现在, 达到, 得到, 受到,
# 收到, 理由, 自由, 支持, 坚持, 维持, 方向, 导向 (not 已经: 已经工商部门核准 is 已 + 经; nor 所在: 拨入其户籍所在地社保经办机构,
# a body of a place, stays read as before, D024)
IN_WORD = ("合同", "共同", "相同", "认同", "如同", "参与", "给与", "存在", "现在", "达到", "得到", "受到", "收到",
           "理由", "自由", "支持", "坚持", "维持", "保持", "方向", "导向", "意向")
ACTOR_BEFORE = r"(?:{{agency.before}})" + "".join(f"(?<!{w})" for w in IN_WORD) + r"[^。；，\n]{0,8}?"
PLACE = r"(?:{{agency.place}})?"
HEAD_BEFORE = r"(?:(?<=[、，,：:；。（()）．.\n\t 　和及与/／])|^)"   # after a separator or an item marker (（5）, 1.), or
                                                                  # the / between two bodies of a table cell (D012)
# a document a body made (市物价局制定的《……》, 建设部制定的管理办法, 农业部制发的相关规范), not a price or a standard it
# still sets (市物价部门制定的政府指导价, 市物价局制定的收费标准) nor a paper it issues in a procedure that still runs
# (还需提供市物价局制发的销售价格通知, round-4 D067): the body acts
MADE = (r"(?:制定的(?=[^。；，]{0,8}?(?:《|办法|规定|意见|通知|决定|细则|规则|文件|方案|规范))"
        r"|(?:制发|发布|印发)的(?=[^。；，]{0,8}?(?:《|规范)))")
# the body's website as the place where it publishes (在市国土房管局网站上公示, round-9 D003): the body acts there
PUBLISHES = r"(?!上?(?:予以|进行)?(?:公示|公告|公布|发布|公开))"
# … nor a signature with its date (（市人事局 二○○三年四月）): a year with its month; a bare year after a list of bodies is a
# task table's 完成时限 cell (市发展改革委、市人力社保局、市国土房管局 / 2020年, D095 附件), the bodies its 配合单位
NOT_TITLE = (r"(?![^。；，\n]{0,3}(?:关于|印发|网站" + PUBLISHES + r"|官网|文件|公告|的(?:职责|职能|牌子|名称|基础)))"
             r"(?!\s*[〇○零一二三四五六七八九十\d]{4}年\s*[〇○零一二三四五六七八九十\d]{1,2}月)")
# a bare name as an enumeration item: the enumeration ends in 部门/机关/机构 (not 等政策, 等事项), after a separator,
# a place, or a word that makes the listed departments act with another (会同物价、财政部门; 由人口计生、财政部门)
BARE_LEAD = ("会同", "由", "经", "报", "向", "商", "配合", "协助", "联合", "交由", "通知", "送")
BARE_BEFORE = r"(?:(?<=[、，,：:；。（(\n其及和与])|^|(?<=[省市县区]))"
# … or 于 of a comparison or a place (不得高于卫生和计划生育与价格主管部门公布的标准, round-12 D024), not 关于/属于
BARE_LEAD_BEFORE = "(?:" + "|".join(f"(?<={w})" for w in BARE_LEAD) + "|(?<=于)(?<!关于)(?<!属于))"
# items joined by 、, 和, 及 or 与 (卫生和计划生育与价格主管部门, round-12 D024 第七十六条)
# … 等有关部门, 等相关职能部门, 等市直有关部门, 等流动人口服务管理工作相关部门 (after 等, a short qualifier of the list)
_LIST_END = r"(?:等[^、，,。；：\n]{0,16}?)?(?:有关|相关|其他)?(?:职能)?(?:行政)?(?:主管)?(?:部门|机关|机构|信息平台))"
BARE_AFTER = r"(?=(?:[、和及与][^、，,。；：\n和及与等]{1,18}){0,20}" + _LIST_END
# after a lead word, a list of at least two (会同物价、财政部门 — not 由监察机关, the current name)
BARE_LIST_AFTER = r"(?=(?:[、和及与][^、，,。；：\n和及与等]{1,18}){1,20}" + _LIST_END
# a historical mention: 原××局 (not 原籍、原告、原则…), ××局更名/撤销/划入…, 撤销/不再保留××局, 机构改革前…, news narrative
FORMER = r"(?<!草)原(?!籍|告|则|件|始|因|材料|单位|址)"    # not 草原 (grassland): 草原执法由县农牧局负责 names no former body
HISTORY_AFTER = r"更名|改为|改名|撤销|撤并|划入|划转|并入|整合|(?<!发展)(?<!发展和)改革|不再保留"   # not 发展改革委
HISTORY_BEFORE = r"撤销|撤并|不再保留|整合|合并|组建"
NOT_ACTOR = (r"表示|记者|报道|据悉|(?<!职业)(?<!婚姻)介绍(?![信所])|透露|负责人说|答记者问|来源[:：]",   # not a 介绍信 (a paper),
             r"{{agency.history}}",                                           # nor 职业介绍 (a service the body gives)
             # the notice that publishes a text or a draft for comments, and where comments go
             r"现将[^。；]{0,60}(全文公布|予以公布|印发给你们|转发给你们|征求意见)", r"公开征求[^。；]{0,6}意见",
             r"(意见|建议)[^。；]{0,40}(邮寄|寄送|寄至|发送|传真|反馈)(到|至)", r"通讯地址|通信地址",
             # the title of an annex (附件：市人事局引进人才申报表; 附件2．区劳动保障部门就业登记证明（式样）): the form is
             # amended with the clause that asks for it, which is where the finding stands
             r"^\s*附件\s*[\d一二三四五六七八九十]*\s*[：:．.、]")
# a past event the sentence reports (2006年，市人事局会同市财政局出台了人才引进办法; 省建设厅会同省监察厅、财政厅、国土资源厅、
# 物价局制定了《……方案》): the bodies did it then, under their names — a completed act marked by 了 after them (not 为了/除了,
# 了解/了结), that ends its clause without making a 的-phrase of it: 经市、区土地资源和房产管理部门办理了《房屋所有权证》的商品房
# (D081) defines a class of things by what the body does, a rule that still runs
PAST_ACT = r"[^。；，]{0,30}?(?<![为除])了(?![解结])(?:《[^》]{0,60}》|[^。；，的《])*(?=[，,。；]|$)"
FUNCTION_WINDOW = 60
# an act dated before the reform (2016年作出的处罚决定, 曾于2014年经……审查, 于2015年经……验收): the old body did it then,
# under the name it had; not a date from which something runs on (2015年以来, 自2016年起)
SINCE = r"(?![^，。；\n]{0,8}(?:以来|起|至今|开始|以后|之后))"
FIRST_YEAR = 1978
# the last characters of a body's name, for the items of a list of bodies (原县食品药品监督管理局、县工商行政管理局……)
BODY_END = r"(?:局|委|办|厅|部|署|委员会|办公室|部门|机关|机构|中心|所|站|队)"


def _alt(rx: str) -> str:
    return f"(?:{rx})"


def _guarded(rx: str) -> str:
    """``rx`` that does not match inside the name of a body that exists today (agency.current: 国家矿山安监局 holds
    安监局, 工商业联合会 holds 工商): for every current name in which ``rx`` matches a strict part, the characters before
    that part become a negative look-behind (or, when the part starts the name, the characters after it a negative
    look-ahead)."""
    from .norms.lexicon import default_lexicon

    concept = default_lexicon().concepts.get("agency.current")
    names = (concept.members + concept.abbreviations) if concept else ()
    pat = re.compile(rx)
    behind, ahead = set(), set()
    for name in names:
        for m in pat.finditer(name):
            if m.start() > 0:
                behind.add(name[:m.start()])
            elif m.end() < len(name):
                ahead.add(name[m.end():])
    guard_b = "".join(f"(?<!{re.escape(p)})" for p in sorted(behind))
    guard_a = "".join(f"(?!{re.escape(p)})" for p in sorted(ahead))
    return f"(?:{guard_b}(?:{rx}){guard_a})"


def years_before(date: str) -> str:
    """A regex for a year written in digits before the year of ``date`` (YYYY-MM-DD), "" when it has none."""
    m = re.match(r"(\d{4})", str(date or ""))
    if not m or int(m.group(1)) <= FIRST_YEAR:
        return ""
    return "(?<!\\d)(?:" + "|".join(str(y) for y in range(FIRST_YEAR, int(m.group(1)))) + ")年"


def dated_before(names: str, date: str) -> list[str]:
    """``unless`` patterns: an old name and, in its phrase, a year before the reform (``years_before``)."""
    years = years_before(date)
    if not years:
        return []
    # the year right after the body (县质监局2016年作出的), or before it with 经/由/在 (于2015年经县安监局验收): the year dates
    # the body's act, not another act of the sentence (国土资源部令第40号已于2008年施行 dates the 令, not the addressees)
    gap = "[^，。；：:\\n（）()《》]"
    # … and a sentence that opens with such a year and a comma (2006年，市人事局会同市财政局……): it tells what was done
    # then (not "2009年以前，" — before a year may be a deadline of a document made before it)
    head = r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"
    return [f"(?:{names}){gap}{{0,3}}{years}{SINCE}",
            f"{years}{SINCE}{gap}{{0,6}}?(?:经|由|在){gap}{{0,4}}?(?:{names})", f"{years}{SINCE}{gap}{{0,3}}?(?:{names})",
            f"{head}{years}{SINCE}[，,][^。；]{{0,40}}?(?:{names})"]


# what the opinion says of a reform the corpus does not confirm (``verified = false``: its date or successor rests on a
# policy document no article in the corpus states)
UNVERIFIED_NOTE = "该项机构改革的时间和现在承担职责的机构依据政策文件整理，法规库中没有可资核对的法律、法规条文，请核实。"


def _with_unverified_note(ag: dict, opinion: str) -> str:
    return closed(opinion) + UNVERIFIED_NOTE if opinion and ag.get("verified", True) is False else opinion


def agency_rule(path, ag: dict, tmpl: dict) -> dict:
    """Expand one ``[[agency]]`` entry into a rule table (see the module docstring)."""
    from .rules import RulePackError

    aid = ag.get("id")
    unknown = set(ag) - AGENCY_KEYS
    if unknown:
        raise RulePackError(path, aid, f"未知字段 {sorted(unknown)}")
    for k in ("id", "old", "new", "date", "basis"):
        if k not in ag:
            raise RulePackError(path, aid, f"[[agency]] 缺少字段 {k}")
    abbreviations = ag.get("abbreviations", [])
    if not isinstance(abbreviations, list) or any(not isinstance(a, str) or not a for a in abbreviations):
        raise RulePackError(path, aid, "abbreviations 必须是非空字符串列表")
    raw_old = ag["old"] + "".join("|" + re.escape(a) for a in abbreviations)
    for key, rx in (("old", raw_old), ("bare", ag.get("bare") or ""), ("successor", ag.get("successor") or "")):
        try:
            re.compile(rx)
        except re.error as e:
            raise RulePackError(path, aid, f"{key} 正则表达式无效：{e}") from None
    old = f"{_guarded(raw_old)}(?!令)"     # not the maker of a 令 (建设部令第162号): who made it then
    bare = _guarded(ag["bare"]) if ag.get("bare") else ""
    actor = [f"{old}(?={ACTOR_AFTER})", f"{ACTOR_BEFORE}{old}", f"{HEAD_BEFORE}{PLACE}{old}{NOT_TITLE}"]
    if bare:
        actor += [f"{BARE_BEFORE}{bare}{BARE_AFTER}", f"{BARE_LEAD_BEFORE}{bare}{BARE_LIST_AFTER}"]
    names = "|".join(x for x in (old, bare) if x)
    rule = {
        "id": ag["id"], "category": "agency", "kind": "text",
        "title": ag.get("title", tmpl.get("title", "使用已更名或撤销的机构名称")),
        "severity": ag.get("severity", tmpl.get("severity", "warning")),
        "topics": tmpl.get("topics", ["agency"]),
        "unless": list(tmpl.get("unless", [])) + [
            # 原……局 and the bodies listed with it (原县食品药品监督管理局、县工商行政管理局……的职责整合划入……)
            f"{FORMER}(?:[^，。；、\\s]{{1,16}}?{BODY_END}[、和及与]){{0,6}}[^，。；、\\s]{{0,8}}?(?:{names})",
            f"(?:{names})(?:[、和及与][^，。；、\\s]{{1,16}}?{BODY_END}){{0,6}}[^。；]{{0,8}}({HISTORY_AFTER})",
            *dated_before(names, ag["date"]),
            f"({HISTORY_BEFORE})[^。；，]{{0,10}}(?:{names})",
            # a moved function: the sentence gives it to the body that holds it now (人社部门负责养老保险，医疗保障部门
            # 负责基本医疗保险) — the old body is named for what it keeps
            *([leading_successor(ag["successor"]), each_own_duty(ag["successor"])] if ag.get("successor") else []), *list(ag.get("unless", [])),
            # … the maker of a document (市物价局制定的《……》, 建设部制定的管理办法), not of a standing price or standard it
            # still sets (市物价部门制定的政府指导价: the body acts)
            # … and its fellow makers (农业部、国家档案局制发的《……办法》), the technical rules it issued (按照农业部制发的
            # 相关规范和标准; not a price or standard it sets: 市物价局制定的收费标准)
            f"(?:{names})(?:等[^。；，]{{0,6}}?)?(?:关于|印发|{MADE}|《|网站{PUBLISHES})",
            f"(?:{names})(?:[、和与及][^。；，、《]{{1,12}}?){{1,4}}(?:联合)?{MADE}",
            # a meeting held on a day (市流管办于6月6日召开……市教育、公安、卫计等部门负责人参加的座谈会): an event reported
            r"于\s*[\d０-９一二三四五六七八九十]{1,2}月[\d０-９一二三四五六七八九十]{1,3}日[^。；，]{0,6}(?:召开|举行)",
            # a document of the body forwarded (国务院办公厅转发建设部等部门关于……的通知): its maker then
            f"转发[^。；，]{{0,10}}(?:{names})",
            # the maker of a document the sentence cites (根据广东省综治委实有人口专项组《关于……的通知》): who wrote it then
            f"(?:{names})(?:[、和及与][^。；，、：\\s《》]{{1,16}}){{0,8}}[^。；，、：\\s《》]{{0,10}}《[^》]{{2,60}}》[（(][^）)]{{0,30}}〔",
            # the body named for what it did or was given before (issue 9, round-6 documents): a list it published
            # (经国土资源部公告的四至范围 — the boundaries stand, the act is done), what a cited instrument said of it
            # (《条例》第六条明确了国土资源部负责……), the reform that gave it a duty (整合……职责，交由国土资源部承担)
            f"经[^。；，]{{0,8}}?(?:{names})[^。；，]{{0,4}}?(?:公告|公布|发布)的",
            f"《[^》]{{1,40}}》[^。；，]{{0,12}}(?:明确了|规定了|确立了|确定了)[^。；，]{{0,4}}(?:{names})",
            f"(?:整合|划转|划入|调整)[^。；]{{0,30}}(?:职责|职能)[，,]?\\s*(?:交由|划归|划入|调整由)(?:{names})",
            # the old body's function said to be held by another now (《烟花爆竹安全管理条例》规定的安全生产监督管理部门的职责，
            # 现由县应急管理局依法履行; 原由工商、质监部门承担的监管职责，现由县市场监督管理局统一履行): the transfer stated
            # … or the provision of a law naming it, executed by another now (《招标投标法》第五十三条中由工商行政管理机关吊销
            # 营业执照的规定，现由县市场监督管理局依法执行: round 27, guard27 and fcagency27)
            # (round 32: or said where — 第四条所列安全生产监督管理部门的校车安全管理职责，在本县由县应急管理局承担)
            f"(?:{names})[^。；]{{0,40}}(?:职责|职能|规定|事项)[，,]?\\s*(?:现|现已|已|今后|改|均|统一|在本[县市区省]|本[县市区]内)(?:由|归|划归|划入|交由)(?![^。；，]{{0,30}}?(?:{names}))[^。；，]{{1,30}}?(?:依法|统一|负责)?(?:履行|承担|行使|负责|管理|办理|执行|实施)",
            f"(?:{names}){PAST_ACT}",
            # round 36 (lead, informed by two fresh look-alikes): the old body's function named as the law laid it, then
            # the body that holds it now (依照《消防法》第六十五条由……工商行政管理部门承担的……职责，由县市场监督管理局依法履行),
            # and the old name glossed with the new one (安全生产监督管理部门（现为县应急管理局）)
            f"由[^。；]{{0,20}}?(?:{names})[^。；]{{0,20}}?承担的[^。；]{{0,20}}?(?:职责|职能)[，,]\\s*由(?![^。；，]{{0,30}}?(?:{names}))"
            f"[^。；，]{{1,30}}?(?:依法|统一)?(?:履行|承担|行使|负责)",
            f"(?:{names})[（(](?:现为|现由|现称|即)[^（()）]{{1,20}}[）)]",
            # a definition mapping the old body to the one that holds its duties now (《……办法》第四条所称工商行政管理部门，
            # 现由市场监督管理部门履行相应职责; 本办法所称市场监督管理部门，包括承接原工商行政管理、质量技术监督……职责的
            # 部门): the reform stated, not the old body acting (round 26 wave 2, guard26b)
            f"所称[^。；]{{0,40}}?(?:{names})[^。；]{{0,40}}?(?:现由|现已由|现为|改由|划归|划入|承接|继续履行)",
            f"所称[^。；]{{0,40}}?(?:承接|划入|划归|继续履行)[^。；]{{0,12}}?(?:{names})[^。；]{{0,40}}?(?:职责|职能)",
            # the makers of the document saying they made it (省建设厅会同省监察厅、……物价局就……制定如下具体实施方案): its
            # issuers, not actors of its rules (the maker renamed is AG-ISSUER's)
            f"(?:{names})[^。；]{{0,60}}?(?:制定|制订|研究制定|提出)(?:了)?(?:如下|以下)",
            *NOT_ACTOR],
        "skip_quoted": True,
        "basis": ag["basis"],
        "opinion": _with_unverified_note(ag, ag.get("opinion", tmpl.get("function_opinion" if ag.get("functions")
                                                                        else "opinion", ""))),
        "suggestion": ag.get("suggestion", tmpl.get("suggestion", "")),
        "valid_from": ag["date"], "valid_until": ag.get("until", ""),
        "date_basis": "review",
        "detail": {"new_name": ag["new"], "reform": ag.get("reform", ""), "reform_date": ag["date"],
                   "local_date": ag.get("local_date", ""),
                   "note": ag.get("note", ""), "old": raw_old, "bare": ag.get("bare", ""),
                   "functions": ag.get("functions", ""), "verified": ag.get("verified", True)},
        "examples": {"positive": list(ag.get("examples", {}).get("positive", [])),
                     "negative": list(ag.get("examples", {}).get("negative", []))
                     + list(tmpl.get("negative", []))},
    }
    if ag.get("function_scope", "sentence") not in ("sentence", "clause"):
        raise RulePackError(path, aid, "function_scope 必须是 sentence 或 clause")
    if ag.get("generic") and not ag.get("functions"):
        raise RulePackError(path, aid, "generic 只用于转移的职责（functions）")
    if ag.get("header_scope") and not ag.get("functions"):
        raise RulePackError(path, aid, "header_scope 只用于转移的职责（functions）")
    if ag.get("functions"):   # the old body and the moved function in one sentence
        body, fn = "|".join(actor), ag["functions"]
        rule["any"] = function_patterns(body, fn)
        # what ``document_variants`` needs to read the function from the document instead of the sentence
        rule["detail"] |= {"actor": body, "successor": ag.get("successor", ""), "keeps": ag.get("keeps", "")}
        if ag.get("function_scope") == "clause":
            rule["detail"]["function_scope"] = "clause"
        if ag.get("generic"):
            rule["detail"]["generic"] = ag["generic"]
        if ag.get("header_scope"):
            rule["detail"]["header_scope"] = duty_header(raw_old, ag.get("successor", ""))
    else:
        rule["any"] = actor
    if ag.get("joins"):
        rule["detail"]["joins"] = ag["joins"]
    return rule


# a work plan's task and the note of who does it, after the task's full stop (（五）……协议管理。（牵头单位：县人社局；配合单位：
# 县卫生健康局）; ……专项行动。责任单位：县人社局): the note belongs to the task before it
TASK_NOTE = r"(?:。(?=[（(]?[^。；）)\n，,]{0,8}(?:单位|部门)[:：])[^。；\n]{0,12}?)?"


# A body heading a list of its duties (区发展改革局负责将……纳入规划；对……收费标准进行审核，及时查处学校违规乱收费行为。
# round 42, real D007 第三条): the parts after the first ；, without a subject of their own, are duties of the body the
# first part names — it performs the moved function a later part states. The body opens the sentence (a place or an
# item marker before it) and takes the list with 负责/承担/职责是; a later part that opens with a body of its own (县市场
# 监督管理局负责查处……) ends the list, and so does the sentence's full stop.
DUTY_OPEN = r"(?:^|(?<=[。\n：:]))[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．][ \t\u3000]*)?[^，,。；;、：:\n]{0,8}?"
DUTY_VERB = r"(?:应当|要|须|主要)?(?:负责|承担|的职责是|职责是|的主要职责是)"
# a part that opens with a body of its own (its name ends like a body's, then what it does): not the first body's duty
OWN_SUBJECT = (r"[；;][ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．][ \t\u3000]*)?(?:各级|各)?[^，,。；;、\n]{0,14}?"
               r"(?:局|委员会|委|办公室|办|厅|部门|机关|机构|中心|所|站|队|政府|处|街道|单位|企业|学校|组织)"
               r"(?:[^，,。；;\n]{0,4}?)(?:负责|应当|应|要|须|会同|牵头|配合|协助|对|依法|按照|做好|加强|组织|承担|履行|核发|审批)")
DUTY_WINDOW = 160


def function_patterns(body: str, fn: str) -> list[str]:
    """The old body (``body``, an actor pattern) and a moved function (``fn``) in one sentence, in either order — or a
    task and the note after it naming who does it (TASK_NOTE) — or a later part of the list of duties the body heads
    (DUTY_OPEN: X负责A；B；C)."""
    return [f"(?:{body})[^。；\n]{{0,{FUNCTION_WINDOW}}}?(?:{fn})",
            f"(?:{fn})[^。；\n]{{0,{FUNCTION_WINDOW}}}?{TASK_NOTE}(?:{body})",
            f"{DUTY_OPEN}(?:{body}){DUTY_VERB}[^。；;\n]{{0,{FUNCTION_WINDOW}}}(?=[；;])"
            f"(?:(?!{OWN_SUBJECT})[^。\n]){{1,{DUTY_WINDOW}}}?(?:{fn})"]


# who only assists (配合、协助、参与、协办; a work plan's 配合单位：…) holds no function the sentence gives
SUPPORTING = r"(?:配合|协助|会同|参与|协办)"


def duty_header(old: str, successor: str = "") -> str:
    """A pattern for a list header that gives the old body (``old``, its name) the duties its items list (下列事项由县
    农业农村和林业局负责：; 县林业局履行下列职责：; 县林业局的主要职责是：) — not one that only has it assist (配合做好下列
    工作：), nor one that names the body holding the moved function now (``successor``)."""
    not_successor = rf"(?![^。；]*(?:{successor}))" if successor else ""
    return (rf"^{not_successor}[^。；]*?(?:{old})(?:(?!{SUPPORTING})[^。；：:，,]){{0,16}}?"
            rf"(?:负责|承担|履行|职责)[^。；：:，,]{{0,12}}[：:]\s*$")


def leading_successor(successor: str) -> str:
    """A pattern for the body that holds the moved function now, named in the sentence as one that does it — not as
    one that only assists the old body (由县商务局负责，县农业农村局配合……; 配合单位：县农业农村局): the words from the
    last separator to its name hold no SUPPORTING word, nor do the few after it."""
    return (rf"(?:^|[，,；;。、（(])(?:(?!{SUPPORTING})[^。；;，,])*?(?:{successor})"
            rf"(?![^。；;，,]{{0,10}}?(?:配合|协助|参与|协办))")


# bodies named together, each acting on its own duties (县教育局应当会同县市场监督管理局、县卫生健康局按照各自职责，加强
# 对学校食堂……的监督检查): the holder of the moved function is among them and keeps it, the old body is given only its own
# part (round 27, guard27)
def each_own_duty(successor: str) -> str:
    """A pattern for a sentence naming the successor (``successor``) among bodies that act each on its own duties."""
    own = r"(?:按照|依照|根据|依据|在)各自(?:的)?(?:法定)?(?:职责|职能|职权)"
    return rf"(?:{successor})[^。；]*{own}|{own}[^。；]*(?:{successor})"


# ---------------------------------------------------------------- the function the document names

# a defined short name: 子女参加苏州城乡居民医疗保险（以下简称入医）, 房屋登记机构（以下简称“登记机构”)
_DEFINED = re.compile(r"([^（(，,。；：:、\s]{2,40}?)[（(](?:以下|下文)(?:简称|称)[“\"]?([^”\"）)，,]{1,12}?)[”\"]?[）)]")
# a defined term: 本办法所称房屋登记机构，是指……
_MEANS = re.compile(r"本(?:实施)?(?:办法|规定|条例|细则|意见|通知|决定|规则|指引)所称(?:的)?([^，,。；“”]{2,24}?)[，,]?(?:是指|系指|指)")


# the bracket every _DEFINED match has, and how far the match reaches around it: its name up to 40 characters before,
# the rest (以下简称“…”） at most 20 after
_DEFINED_AT = re.compile(r"[（(](?:以下|下文)")
_BEFORE, _AFTER = 40, 21


def defined_matches(text: str):
    """``_DEFINED.finditer(text)``, searched only around the brackets a definition has: the same matches (each lies
    within its bracket's reach, and overlapping reaches are searched as one stretch, so none is cut), without trying
    the name's 2–40 characters at every character of a long text."""
    lo = hi = -1
    for m in _DEFINED_AT.finditer(text):
        a, b = max(m.start() - _BEFORE, 0), m.start() + _AFTER
        if a < hi:
            hi = b
            continue
        if hi > 0:
            yield from _DEFINED.finditer(text, lo, hi)
        lo, hi = a, b
    if hi > 0:
        yield from _DEFINED.finditer(text, lo, hi)


def defined_terms(text: str) -> list[tuple[str, str]]:
    """The short names the text defines: (what the long form says, the short name)."""
    return [(m.group(1), m.group(2)) for m in defined_matches(text or "")]


def definitions(clauses) -> list[tuple[int, int, int, str]]:
    """Where the document defines a name (its clause, where the definition starts and ends, the name it defines):
    a short name (天津市国土资源和房屋管理局（以下简称市国土房管局）) or a term (本办法所称房屋登记机构，是指……)."""
    out = []
    for c in clauses:
        for m in defined_matches(c.text):      # a name wrapped over two lines is one name
            out.append((c.index, m.start(), m.end(), re.sub(r"\s+", "", m.group(2))))
        for m in _MEANS.finditer(c.text):
            out.append((c.index, m.start(), m.end(), re.sub(r"\s+", "", m.group(1))))
    return out


def fold_defined(findings: list, clauses) -> list:
    """One finding for a body the document names by a name it defines (legal-checks.md §11.2, one finding per
    problem): the definition is the place to amend — the other places follow it — so the findings of a renamed
    body at its other places (the defined short name or term: 市国土房管局, 房屋登记机构) fold into the finding at
    the definition, which lists them; without a finding at the definition, into the first one. A moved function
    given in a sentence is a problem at each place that gives it and stays; one the document's subject gives (a
    medical insurance 办法 whose every 人社部门 acts on medical insurance, ``document_variants``) folds too."""
    defs = definitions(clauses)
    if not defs:
        return findings

    def definition_of(f):
        """The definition of the name a finding uses (every old name it quotes is part of the defined name)."""
        if f.category != "agency" or f.clause is None or f.rule == "AG-ISSUER":
            return None
        if f.detail.get("functions") and not f.detail.get("function_by_title"):
            return None       # a moved function the sentence gives: a problem at each place that gives it
        names = tuple(old_names(f))
        if not names:
            return None
        if names not in first_defining:     # the same old names recur at many places of a long document
            first_defining[names] = next(((ci, start, end) for ci, start, end, name in defs
                                          if all(n in name for n in names)), None)
        return first_defining[names]

    first_defining: dict[tuple[str, ...], tuple | None] = {}

    def at(f, key) -> bool:
        """Whether the finding stands at the definition (its quote overlaps the defining words)."""
        if f.category != "agency" or f.clause is None or f.clause.index != key[0]:
            return False
        a = _at(f)
        return 0 <= a < key[2] and a + len(f.quote) > key[1]

    keys = [definition_of(f) for f in findings]
    keep: dict = {}
    for i, (f, key) in enumerate(zip(findings, keys)):
        if key is not None and (key not in keep or at(f, key) and not keep[key][1]):
            keep[key] = (i, at(f, key))
    # a finding of another agency rule at the definition (a moved function in the defining sentence) stands for it
    in_clause: dict[int, list[int]] = {}         # only a finding of the definition's clause can stand at it
    for j, f in enumerate(findings):
        if f.clause is not None:
            in_clause.setdefault(f.clause.index, []).append(j)
    for key, (i, at_def) in list(keep.items()):
        if not at_def:
            j = next((j for j in in_clause.get(key[0], ()) if at(findings[j], key)), None)
            if j is not None:
                keep[key] = (j, True)
    folded: dict = {}
    out_index = []
    for i, (f, key) in enumerate(zip(findings, keys)):
        if key is not None and keep[key][0] != i:
            folded.setdefault(keep[key][0], []).append(f)
            continue
        out_index.append(i)
    out = []
    for i in out_index:
        f = findings[i]
        more = folded.get(i)
        if more:
            labels = list(dict.fromkeys(g.clause.label for g in more if g.clause is not None))
            names = list(dict.fromkeys(n for g in more for n in old_names(g)))
            note = (f"文件另有{len(more)}处使用该名称（{'、'.join(labels[:8])}{'等' if len(labels) > 8 else ''}），"
                    "修改定义时一并修改。")
            f = replace(f, problem=f.problem.rstrip() + note,
                        detail=f.detail | {"folded": [place(g) for g in more], "folded_names": names})
        out.append(f)
    return out


def place(f) -> dict:
    """A place a folded finding stood at, as the finding that lists it keeps it: the clause's label and index, the
    quote, and where the quote starts in the document (``start``, for a reader that marks it in the text)."""
    from .quotes import cut_at_wrap, tidy_span

    at, quote = _at(f), f.quote
    if at >= 0 and quote and "\n" not in quote.strip() and cut_at_wrap(f.clause.text, at, at + len(quote)):
        # a place folded before the quotes were tidied (fold_defined) does not stop inside a word at a hard wrap
        # either: cut like a finding's own quote (engine.tidy)
        s, e = tidy_span(f.clause.text, at, at + len(quote))
        if e > s:
            at, quote = s, f.clause.text[s:e]
    return {"clause": f.clause.label, "index": f.clause.index, "quote": quote,
            "start": f.clause.start + at if at >= 0 else -1}


def fold_repeated(findings: list) -> list:
    """One finding per old body per document (legal-checks.md §11.2, one finding per problem): a reviewer writes
    "全文‘规划国土部门’应改为‘规划和自然资源部门’" once and lists the places. Read in document order, a place
    (a sentence's finding, ``merge_agency_findings``) whose every old body an earlier finding already names folds
    into the first finding naming its first body, which lists it (``folded``, with the places that finding had
    folded already: ``fold_defined``); a place that names a body no earlier finding names, or that holds another
    category's problem on the same words (review.merge: a plan period that ended), stays a finding, and is
    listed too by the earlier findings whose bodies it also names, and so is a place merged into another category's
    finding on the same words (``review.merge``: a 计生部门 that issues a family-planning proof). The
    document's maker (``AG-ISSUER``, no clause) is another problem and stays."""
    def rules_of(f) -> list:
        return list(f.detail.get("rules") or [f.rule])

    def holds_more(f) -> bool:
        """A place merged with another category's problem on the same words (review.merge: a plan whose period ended,
        named with its old departments): folded away, that problem would be lost — it stays, listed like a new body."""
        return any(c != "agency" for c in f.detail.get("categories") or ())

    agency = [i for i, f in enumerate(findings) if f.category == "agency" and f.clause is not None]
    owner: dict[str, int] = {}          # rule -> index of the first finding naming its body
    folded: dict[int, list] = {}        # a finding -> the findings folded into it
    also: dict[int, list] = {}          # a finding -> later findings that stay (they name a new body) and name its body
    for i in sorted(agency, key=lambda i: (findings[i].clause.index, max(_at(findings[i]), 0))):
        rules = rules_of(findings[i])
        if all(r in owner for r in rules) and not holds_more(findings[i]):
            folded.setdefault(owner[rules[0]], []).append(i)
            continue
        for r in rules:
            if r in owner:
                also.setdefault(owner[r], []).append(i)
            owner.setdefault(r, i)
    # a place whose old name stands in another category's finding on the same words (a 计生部门 proof: review.merge)
    # is a place of that body too: listed by the finding that names the body, and left where it is
    for i, f in enumerate(findings):
        if f.category != "agency" and f.clause is not None:
            for r in dict.fromkeys(m.get("rule") for m in f.detail.get("merged") or () if m.get("category") == "agency"):
                if r in owner:
                    also.setdefault(owner[r], []).append(i)
    gone = {j for more in folded.values() for j in more}
    out = []
    for i, f in enumerate(findings):
        if i in gone:
            continue
        more = [findings[j] for j in folded.get(i, ())]
        listed = sorted((findings[j] for j in dict.fromkeys(also.get(i, ()))),
                        key=lambda g: (g.clause.index, max(_at(g), 0)))
        if more or listed:
            places = [place(g) for g in more + listed] + [p for g in more for p in g.detail.get("folded") or ()]
            places.sort(key=lambda p: (p["index"], p.get("start", -1)))
            labels = list(dict.fromkeys(p["clause"] for p in places))
            note = (f"文件另有{len(places)}处使用上述机构名称（{'、'.join(labels[:8])}{'等' if len(labels) > 8 else ''}），"
                    "一并修改。")
            severity = "error" if any(g.severity == "error" for g in [f, *more]) else f.severity
            f = replace(f, severity=severity, problem=f.problem.rstrip() + note,
                        detail=f.detail | {"folded": list(f.detail.get("folded") or ()) + places})
        out.append(f)
    return out


def document_variants(rules, doc, clauses) -> list:
    """The moved-function rules as this document states the function (pure; one variant per rule and way):

    * a short name the document defines for the function (子女参加城乡居民医疗保险（以下简称入医）): the short name
      stands for the function in the sentence (人力资源社会保障部门负责组织实施流动人口子女积分入医工作);
    * the function is the document's subject, in its title (关于贯彻落实《广东省职工生育保险规定》有关事项的通知,
      城镇职工基本医疗保险办法) or in the title of the instrument its opening says it implements (为实施《X》), and the title does not name the body that holds it now: wherever the old body acts
      in the document it acts on that function (本通知由市社会保险行政部门负责解释), unless its sentence names a
      function the body keeps (``keeps``: 养老保险、失业保险、工伤保险 stay with 人力资源社会保障)."""
    from .lazyre import LazyPattern

    title = re.sub(r"\s+", "", getattr(doc, "title", "") or "") if doc is not None else ""
    if title:
        # … and the subject of the instrument it says it implements (为实施《广东省职工生育保险规定》，制定本实施办法): an
        # 实施办法's subject is its upper instrument's, whatever its own title says (a copy whose title lost the
        # upper title's words: 《深圳市人力资源和社会保障局关于的实施办法》, round 29 D029)
        from .replaced import implemented_title

        upper = re.sub(r"\s+", "", implemented_title(getattr(doc, "text", "") or ""))
        if upper and upper not in title:
            title = f"{title}《{upper}》"
    terms = defined_terms("\n".join(c.text for c in clauses))
    out = []
    for r in rules:
        fn, body = r.detail.get("functions"), r.detail.get("actor")
        if not fn or not body:
            continue
        fn_rx = compile_kept(fn)          # a rule's words: kept with the modules' programs (review/modre.py)
        aliases = list(dict.fromkeys(short for long, short in terms if fn_rx.search(long) and not fn_rx.search(short)))
        if aliases:
            alt = "|".join(re.escape(a) for a in aliases)
            out.append(replace(r, any=tuple(LazyPattern(p) for p in function_patterns(body, alt)), prefilter=None,
                               keys=None, trigger_keys=(), detail=r.detail | {"function_alias": aliases}))
        successor = r.detail.get("successor")
        keeps = r.detail.get("keeps")
        if r.detail.get("header_scope"):
            # the moved function as an item of a list whose header gives the old body its duties (下列事项由县林业局负责：
            # （二）林权登记、发证工作): the item names the function, the header the body
            out.append(replace(r, any=(LazyPattern(fn),), header_any=(LazyPattern(r.detail["header_scope"]),),
                               prefilter=None, gate=None, keys=None, trigger_keys=(),
                               detail=r.detail | {"function_by_header": True}))
        if title and fn_rx.search(title) and not (successor and re.search(successor, title)):
            out.append(replace(r, any=(LazyPattern(body),), prefilter=None, keys=None, trigger_keys=(),
                               unless=r.unless + ((LazyPattern(keeps),) if keeps else ()),
                               detail=r.detail | {"function_by_title": title}))
        elif r.detail.get("function_scope") == "clause":
            out.append(replace(r, any=(LazyPattern(body),), prefilter=None, keys=None, trigger_keys=(),
                               unless=r.unless + ((LazyPattern(keeps),) if keeps else ()),
                               detail=r.detail | {"function_in_clause": fn}))
    return out


def tied_in_clause(rule, clause) -> bool:
    """For a clause-scope variant (``function_scope = "clause"``): the clause or its list header names the moved
    function (参保登记 of 生育保险 in one sentence, the body that receives the papers in the next) and the clause does not
    name the body that holds it now (医疗保障经办机构、社会保险经办机构按照职责分工……)."""
    fn = rule.detail.get("function_in_clause")
    if not fn:
        return True
    if not (re.search(fn, clause.text) or re.search(fn, clause.header or "")):
        return False
    successor = rule.detail.get("successor")
    return not (successor and re.search(successor, clause.text))


def made_since(reform_date: str, doc) -> bool:
    """Whether the document was made on or after ``reform_date`` (its date, else the date it took effect; a draft
    without a date is read as made now)."""
    if doc is None:
        return False
    made = made_on(doc)[:10]
    if not made:
        return bool(getattr(doc, "draft", ""))
    return made >= str(reform_date or "")[:len(made)]


def generic_use(f, doc) -> bool:
    """A finding of a rule with ``generic`` (a regex) in a document made since the reform, whose sentence names the
    body for every insurance together (养老、医疗、工伤、失业保险 and 社会保险经办机构 in one sentence): from the reform on the
    old name is also the statutory name of each insurance's agency (社会保险经办条例 第二条), so that use is no moved
    function. Before the reform, or tied to the moved function alone, it is one."""
    from .sentences import sentence_bounds

    generic = f.detail.get("generic")
    if not generic or f.clause is None or not made_since(f.detail.get("reform_date", ""), doc):
        return False
    at = _at(f)
    if at < 0:
        return False
    s, e = sentence_bounds(f.clause.text, at, at + len(f.quote))
    return re.search(generic, f.clause.text[s:e]) is not None


def addressed_then(f, doc) -> bool:
    """A finding on the addressee line (review.addressee) of a document made before the body's reform: the name the
    body bore when the document was sent to it, which lays no rule (round 38, realprec38). The bodies a document is
    sent to (各省、自治区建设厅) are the local ones, renamed after the central reform that named the new ministry and at
    dates that differ by place: the rule's ``local_date`` (the date by which the local bodies had taken the new
    name), when it gives one, is the reform an addressee line is measured against (round 40, real40: D147, a
    ministry's notice of 2008-05-06 sent to the 建设厅 two months after the 住房和城乡建设部 was formed)."""
    from .addressee import is_addressee_line

    when = max(f.detail.get("reform_date", ""), f.detail.get("local_date", "") or "")
    if f.clause is None or doc is None or not made_on(doc) or made_since(when, doc):
        return False
    at = _at(f)
    if at < 0:
        return False
    text = f.clause.text
    # the line the name stands on (a title and the addressee line are read as one paragraph: D148 第1段)
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) if text.find("\n", at) >= 0 else len(text))]
    return is_addressee_line(line)


# ---------------------------------------------------------------- a cheap first look

def agency_gate(category: str, detail: dict) -> str | None:
    """The cheap regex a clause must match before an agency rule's costly actor patterns are tried: any of its old
    names at all (``old``/``bare``; every actor pattern contains one, so the gate drops no hit). None for other rules."""
    old = detail.get("old") if category == "agency" else None
    if not old:
        return None
    return "|".join(f"(?:{p})" for p in (old, detail.get("bare", "")) if p)


# a line that is only a body's name (no punctuation, ending in a body's suffix): an item of a list of names
_NAME_LINE = re.compile(r"[\s\u3000]*[\u4e00-\u9fff]{2,30}(?:局|厅|委员会|委|办公室|办|部|中心|部门|院|所|会)[\s\u3000]*")


def name_only_line(text: str, start: int, end: int) -> bool:
    """Whether the body named at ``text[start:end]`` stands alone on its line in a list of names — its line only its
    name (a place's name before it at most), and the line before or after it another name alone: the links a web page
    ends with (广西壮族自治区人力资源和社会保障厅 / 江西省人力资源和社会保障厅 …), not a sentence in which the body acts on
    the document's subject, nor a sentence's line broken after the name by a hard wrap (round 29, D029)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = right if right >= 0 else len(text)
    if text[end:right].strip() or not _NAME_LINE.fullmatch(text[left:right]):
        return False
    before = text[text.rfind("\n", 0, max(left - 1, 0)) + 1:max(left - 1, 0)]
    nxt = text.find("\n", right + 1)
    after = text[right + 1:nxt if nxt >= 0 else len(text)]
    return any(_NAME_LINE.fullmatch(line) for line in (before, after) if line.strip())


def agency_findings(rules, clauses, doc, as_of: str, found=None, **kw) -> list:
    """The findings of the agency rules, in one pass over the clauses (``review.match.apply_rules``; each rule is
    tried only on the clauses that name one of its old bodies at all, ``Rule.gate``), one per rule and sentence
    (each place that names an old body is amended), listed rule by rule as ``merge_agency_findings`` expects;
    ``kw`` as for ``apply_rules``. ``found``: what that pass gave, when the caller ran the rules with its own
    (``is_agency_rule``: one pass over the clauses for both)."""
    from .match import apply_rules, by_sentence, finding_from_hit, match_text, rule_applies_on

    order = {r.id: i for i, r in enumerate(rules)}
    found = list(found) if found is not None else apply_rules(rules, clauses, doc, as_of, per_sentence=True, **kw)
    topics = set(kw.get("topics") or ())

    def applies(r) -> bool:
        return not (topics and not topics & set(r.topics)) and rule_applies_on(r, as_of)

    variants = [r for r in document_variants(rules, doc, clauses) if applies(r)]
    for r in variants:   # few, and rarely: matched here, not indexed with the pack
        for c in clauses:
            if r.gate is not None and r.gate.search(c.text) is None or not tied_in_clause(r, c):
                continue
            # not where the sentence already gave the function: one finding per place, in the rule's own words
            have = [(_at(f), _at(f) + len(f.quote)) for f in found
                    if f.rule == r.id and f.clause is not None and f.clause.index == c.index]
            hits = [h for h in match_text(r, c.text, c.header) if not any(a < h.end and h.start < b for a, b in have)
                    and not (r.detail.get("function_by_title") and name_only_line(c.text, h.start, h.end))]
            for group in by_sentence(c.text, hits):
                found.append(finding_from_hit(r, group[0], c, group[1:]))
    found += wrapped_findings([r for r in rules if applies(r)], clauses, found,
                              getattr(doc, "text", None) if doc is not None else None, variants)
    found = [replace(f, detail={k: v for k, v in f.detail.items() if k not in _RULE_ONLY})
             for f in found if not generic_use(f, doc) and not addressed_then(f, doc)]
    return sorted(found, key=lambda f: order.get(f.rule, len(order)))


def _standing_end(c, start: int, end: int, doc_text: str | None) -> int:
    """Where a quote of clause ``c`` from ``start`` ends so that it stands in the document's text: at ``end``, else at
    the last line break before it whose words before do (a page's number printed between the clause's lines)."""
    from .quotes import standing_beginning

    if doc_text is None:
        return end
    lo, hi = max(0, c.start - (end - start)), c.end + (end - start)
    found = standing_beginning(c.text[start:end], doc_text, lo, hi)
    return start + len(found) if found else end


def wrapped_findings(rules, clauses, found, doc_text: str | None = None, variants=()) -> list:
    """The places where an old name is wrapped over two lines by a fixed-width layout (pdftotext -layout: 参保地地税部\n门,
    经县级以上食品药品监督部\n门批准): the clause is read without its hard wraps (``unwrapped``), and a hit on a name the
    layout broke that no finding of the same rule already covers becomes a finding, quoting the original words (line
    break included). ``doc_text``: the document's text, where a quote must stand — a clause read over a page break
    (……每月到地税\n部门…… with the page's number between the lines in the document) quotes the words before it.
    ``variants``: the document's variants of the rules (``document_variants``), read after ``rules``."""
    from .firstchars import holds, text_keys
    from .match import Hit, by_sentence, finding_from_hit, match_text
    from .rule_index import rule_index
    from .sentences import unwrapped

    have: dict[tuple, list[tuple[int, int]]] = {}
    for f in found:
        if f.clause is not None:
            at = _at(f)
            have.setdefault((f.rule, f.clause.index), []).append((at, at + len(f.quote)))
    out = []
    rules, variants = tuple(rules), tuple(variants)
    gated = frozenset(i for i, r in enumerate(rules) if r.gate is not None)
    index = None
    for c in clauses:
        if "\n" not in c.text:
            continue
        flat, back = unwrapped(c.text)
        if len(flat) == len(c.text):
            continue
        if index is None:
            index = rule_index(rules)
        # ``Rule.keys``: what a match of the gate must contain (None for a variant: searched), so a rule whose keys
        # the flat text lacks has no gate match in it (exact, review.firstchars); the rules' index files a gated
        # rule under its gate's keys, so one lookup gives them (round 42, speed42: was ``holds`` of every rule;
        # the document's few variants are not indexed, as in ``agency_findings``)
        keys = text_keys(flat)
        for r in [rules[i] for i in sorted(index.pattern_candidates(keys) & gated)] + list(variants):
            if r.gate is None or not holds(r.keys, keys) or not tied_in_clause(r, c):
                continue
            # the old names the layout broke (地税部\n门): only a hit on one of them is new — a body and its function
            # on two lines were read together before, and a title line over a table is no wrap of a sentence
            broken = [(back[m.start()], back[m.end() - 1] + 1) for m in r.gate.finditer(flat)
                      if "\n" in c.text[back[m.start()]:back[m.end() - 1] + 1]]
            if not broken:
                continue
            hits = []
            for h in match_text(r, flat, c.header):
                start, end = back[h.start], back[h.end - 1] + 1
                if not any(a < end and start < b for a, b in broken):
                    continue        # the names in one line: the pass over the clause found them or left them
                if any(a < end and start < b for a, b in have.get((r.id, c.index), ())):
                    continue
                end = _standing_end(c, start, end, doc_text)
                hits.append(Hit(h.rule, start, end, c.text[start:end], h.severity, h.notes, h.values))
                have.setdefault((r.id, c.index), []).append((start, end))   # a variant of the rule: one finding
            for group in by_sentence(c.text, hits):
                out.append(finding_from_hit(r, group[0], c, group[1:]))
    return out


def is_agency_rule(rule) -> bool:
    """A rule of the agency names, reported per sentence (``agency_findings``)."""
    return rule.category == "agency"


_RULE_ONLY = ("actor", "keeps", "successor", "function_scope", "function_in_clause", "generic")     # patterns the rule keeps for its variants, not facts about a finding


# ---------------------------------------------------------------- one finding per clause

def old_names(f) -> list[str]:
    """The old names a finding of an agency rule quotes (every match of its ``old``/``bare`` pattern)."""
    pats = [p for p in (f.detail.get("old"), f.detail.get("bare")) if p]
    if not pats:
        return []
    quotes = f.detail.get("quotes") or [f.quote]
    rx = re.compile("|".join(f"(?:{p})" for p in pats))
    out = []
    for q in quotes:
        for m in rx.finditer(q or ""):
            out.append(m.group(0))
    return list(dict.fromkeys(out))


# a line that only lists bodies (a task table's 牵头单位 / 配合单位 cells: "市农委、市林业局、各区县（自治县）人民政府")
_BODY = r"[\u4e00-\u9fff（）()]{1,24}?(?:局|委|办|厅|政府|部|中心|署|院|室|会|行|所|站|队|处)"
_BODY_LIST = re.compile(rf"\s*{_BODY}(?:[、，,]\s*{_BODY})*\s*")


def place_of(text: str, at: int) -> int:
    """Where the place to amend that holds offset ``at`` starts: its sentence, or for a line that only lists
    bodies, the first of the consecutive such lines (one task-table item: its 牵头 and 配合 cells)."""
    from .sentences import sentence_bounds

    s, e = sentence_bounds(text, at, at + 1)
    if not _BODY_LIST.fullmatch(text[s:e]):
        return s
    while s > 0 and text[s - 1] == "\n":
        prev = text.rfind("\n", 0, s - 1) + 1
        if not _BODY_LIST.fullmatch(text[prev:s - 1]):
            break
        s = prev
    return s


def merge_agency_findings(findings: list) -> list:
    """One agency finding per place (a sentence, or the consecutive lines of a task-table item that list
    bodies: ``place_of``) listing every old name and its successor, with all bases; other findings pass
    through unchanged (in their order)."""
    by_clause: dict = {}
    order: list = []
    first_place: dict = {}          # (clause, rule) -> the rule's first place in the clause
    for f in findings:
        if f.category != "agency" or f.clause is None:
            order.append(("one", f))
            continue
        at = _at(f)
        key = (f.clause.index, place_of(f.clause.text, at) if at >= 0 else -1)
        # a rule that joins another (``joins``: the 社会保险经办机构 of a moved insurance and its 社会保险行政部门) is
        # amended with it in a clause where both stand: one place, one finding listing both bodies
        key = first_place.get((f.clause.index, f.detail.get("joins")), key)
        first_place.setdefault((f.clause.index, f.rule), key)
        if key not in by_clause:
            by_clause[key] = []
            order.append(("clause", key))
        by_clause[key].append(f)
    out = []
    for what, item in order:
        if what == "one":
            out.append(item)
            continue
        group = [replace(f, detail={k: v for k, v in f.detail.items() if k != "joins"}) if "joins" in f.detail else f
                 for f in by_clause[item]]
        out.append(group[0] if len(group) == 1 else _merged(group))
    return out


def _at(f) -> int:
    """Where the finding's quote stands in its clause: the offset its hit recorded, else the quote's first place."""
    at = f.detail.get("at", -1)
    if at >= 0 and f.clause.text.startswith(f.quote, at):
        return at
    return f.clause.text.find(f.quote) if f.quote else -1


def _merged(group: list):
    from .quotes import covering_quote
    from .sentences import wrapped_at, wrapped_sentence_bounds

    first = group[0]
    pairs, seen = [], set()
    for f in group:
        for name in old_names(f) or [f.quote]:
            if name not in seen:
                seen.add(name)
                pairs.append((name, f.detail.get("new_name", ""), f.detail.get("reform", "")))
    listing = "；".join(f"“{o}”（现为{n}）" for o, n, _ in pairs)
    reforms = "、".join(dict.fromkeys(r for _, _, r in pairs if r))
    problem = f"该条款使用了机构改革前的机构名称或者已转移职责的机构：{listing}。" + \
              (f"{reforms}后，相关职责已由上述机构承担。" if reforms else "")
    basis = tuple(dict.fromkeys(b for f in group for b in f.basis))
    text = first.clause.text
    spans = sorted((a, a + len(f.quote)) for f in group if f.quote and (a := _at(f)) >= 0)
    if spans and "\n" in text[spans[0][0]:spans[-1][1]]:     # the lines of one task-table item
        a, b = spans[0][0], max(e for _, e in spans)
        # … or places joined over a layout's hard wraps (``joins``, D024): not cut inside a word at a wrap
        if wrapped_at(text, b):
            b = wrapped_sentence_bounds(text, b - 1, b)[1]
            while b > a and text[b - 1] in "。；\n ":
                b -= 1
        if a >= 2 and wrapped_at(text, a - 1):
            a = wrapped_sentence_bounds(text, a, a + 1)[0]
        quote = text[a:b]
    else:
        quote = covering_quote(text, [f.quote for f in group])
    severity = "error" if any(f.severity == "error" for f in group) else \
        "warning" if any(f.severity == "warning" for f in group) else "info"
    detail = {**first.detail, "rules": [f.rule for f in group], "old_names": [o for o, _, _ in pairs],
              "new_name": "、".join(dict.fromkeys(n for _, n, _ in pairs)),
              "quotes": [f.quote for f in group]}
    return replace(first, severity=severity, quote=quote, problem=problem, basis=basis,
                   suggestion="逐一改为现行机构名称（具体名称请核对本地机构改革方案和“三定”规定）。", detail=detail)


# ---------------------------------------------------------------- the document's own maker

@functools.lru_cache(maxsize=4096)      # one per agency rule, compiled once (not once a document: re's cache is full)
def _maker_rx(old: str) -> re.Pattern:
    """A maker's name that is the renamed body ``old`` (a regex), with a place name before it."""
    return compile_kept(rf"^(?:[\u4e00-\u9fff]{{1,12}}?(?:省|市|县|区|州|自治区))?(?:{old})")


def issuer_findings(doc, rules, as_of: str) -> list:
    """A document made by a body since renamed or abolished (深圳市卫生和计划生育委员会…管理办法): one
    document-level finding naming the body and its successor. The maker's name is read from the issuer, else
    from the start of the title."""
    from .match import rule_applies_on
    from .model import Finding

    names = [n for n in re.split(r"[、，,\s]+", doc.issuer or "") if n]
    if len(names) > 1:
        return []          # a joint document: one co-issuer renamed does not make the document its own
    title = re.sub(r"\s+", "", doc.title or "")
    for r in rules:
        old = r.detail.get("old") if r.category == "agency" else None
        if not old or r.detail.get("functions") or not rule_applies_on(r, as_of):
            continue
        rx = _maker_rx(old)
        for name in names + [title]:
            m = rx.match(name)
            if not m or (name is title and names and not any(rx.match(n) for n in names) and doc.issuer):
                continue
            body = m.group(0)
            if body not in doc.text:
                continue
            reform = r.detail.get("reform", "机构改革")
            return [Finding(
                rule="AG-ISSUER", category="agency", severity="warning", title="制定机关已更名或者撤销",
                clause=None, quote=body,
                problem=f"文件的制定机关“{body}”已在{reform}中改组，相关职责现由{r.detail.get('new_name')}承担。"
                        "文件应由承继其职责的机关清理：仍需适用的，以现机关名义修改后重新发布；不再需要的，予以废止。",
                suggestion="由承继职责的机关决定修改后重新发布或者废止。", basis=r.basis,
                detail={"new_name": r.detail.get("new_name", ""), "reform": reform,
                        "reform_date": r.detail.get("reform_date", ""), "old_names": [body]})]
    return []
