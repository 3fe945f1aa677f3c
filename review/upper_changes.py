"""Which changes of an upper-law comparison count against a clause (moved out of review/engine.py, round 43, debt43 —
no behaviour change): the kinds that stand on their own (``is_sure``, ``is_strong``: grading.toml [sure]/[strong]) and a
modal lifted on the article's own act (``duty_weakened_on_same_act``); the weaker kinds a clause's own words confirm
(``confirmed_changes``); an exception of the law overridden (``overridden_exception``); a fine laid at once where the
law asks a refusal to correct first (``refusal_dropped``); and the guards that keep a change from counting — a figure of
another act or another use (``same_limited_act``, ``same_figure_use``, ``same_figure_for``, ``figure_said_by``), a
modal the law itself lays elsewhere (``modal_elsewhere``, ``short_act_restated``), a protective prohibition
(``protective_modal``). With the clause-text helpers they share (``without_label``, ``same_matter``)."""

from __future__ import annotations

import re

from statutes.model import Provision

from .compare.matter import cjk_pairs
from .compare.model import FIGURE_KINDS
from .compare.modals import EXEMPTION_RX
from .compare.objects import figure_object_shared
from .compare.vocabulary import DISCRETION_RX, OWED_BENEFIT_RX
from .sentences import ITEM_MARK, sentence_texts


_MODALS = ("应当", "可以", "必须", "须", "不得", "有权", "禁止", "应", "一律", "只能", "只得",
           "不接受", "不予接受", "不予受理", "不受理", "不允许")   # the last: a refusal (review.compare.modals.DENIAL_RX)


# A clause restating an article closely enough for the corpus search speaks of the article's matter when it shares
# this many content bigrams with the unit it restates (what both are about: 最低生活保障, 委托, 代为申请) …
SAME_MATTER = 6


_JOINING = "且并而"     # 且无需说明理由: the exemption joined to the right before it


def is_sure(change) -> bool:
    """A change a clause restating the article in its own words can show (grading.toml [sure]), a modal verb only
    where both texts carry one at that place."""
    if necessity_for_may(change):
        return True       # 可以处……罚款 → 并处……罚款: the same act, discretion turned into "always" at its place
    if not change.sure or not is_strong(change):
        return False
    # (or an exemption the article grants at that place, made a duty: 不需要办理……许可证 → 应当办理; or a benefit the
    # article owes in the indicative, left to discretion: 由政府给予补贴 → 酌情给予补贴, review.compare.unmarked_duty)
    return change.kind != "modal" or any(m in (change.upper_span or "") for m in _MODALS) \
        or EXEMPTION_RX.match((change.upper_span or "").lstrip(_JOINING)) is not None \
        or OWED_BENEFIT_RX.fullmatch(change.upper_span or "") is not None


_CITED_ARTICLE = re.compile(r"《(?:中华人民共和国)?([^《》]{2,40})》第([一二三四五六七八九十百零〇\d]+)条")


def cites_another(text: str, upper: Provision) -> bool:
    """Whether the clause cites an article of a law and not ``upper`` (依照《企业所得税法》第二十八条, compared with
    the 实施条例's 第九十一条): its basis is the article it names."""
    from statutes.numerals import cn_to_int

    from .compare.citing import with_back_references

    cited = [(law, number) for law, number in _CITED_ARTICLE.findall(with_back_references(text))]
    if not cited:
        return False
    title = (upper.law or "").removeprefix("中华人民共和国")
    # the articles the upper article itself refers to (违反《土地管理法》第六十五条的规定 in 土地管理法实施条例 第五十三条):
    # a clause naming one of them restates the upper article's own words, it does not name another basis
    referred = set(_CITED_ARTICLE.findall(upper.text or ""))
    for law, number in cited:
        n = int(number) if number.isdigit() else cn_to_int(number)
        if (law == title and n == upper.article) or (law, number) in referred:
            return False
    return True


def fixed_option(change) -> bool:
    """Whether a modal change fixes one of the alternatives the law allows (review.compare.consequences.
    read_option_removed): 一律/统一/只能 on one of 可以选择A，也可以选择B."""
    from .compare.consequences import OPTIONS_RX, SOLE_RX

    return change.kind == "modal" and bool(OPTIONS_RX.search(change.upper_span or "")) \
        and bool(SOLE_RX.match(change.clause_span or ""))


def is_strong(change) -> bool:
    """A change that stands on its own (grading.toml); a modal change only where the clause carries the
    substituted word (not where a partial restatement merely lacks the upper text's 可以)."""
    if not change.strong:
        return False
    if change.kind != "modal":
        return True
    if fixed_option(change):
        return True       # 统一采取货币补偿方式 for 可以选择货币补偿，也可以选择房屋产权调换: no modal word to substitute
    said = {m for m in _MODALS if m in (change.clause_span or "")}
    if DISCRETION_RX.match(change.clause_span or ""):
        said.add("可以")   # round 39: 认为必要时进行复核 for 应当进行复核 (review.compare.discretion): a discretion word
    if (change.clause_span or "").startswith("不予"):
        said.add("不予")   # … and 不予赔偿 for 有权依法要求赔偿: a refusal of the party's right
    upper = {m for m in _MODALS if m in (change.upper_span or "")}
    if not said and "可以" in upper and _NECESSITY_AT.match(change.clause_span or ""):
        return True       # 可以处……罚款 restated as 并处……罚款 / 统一按照……收取: the clause writes "always" at its place
    return bool(said) and said != upper


def necessity_for_may(change) -> bool:
    """Whether a modal change writes a word of necessity (并处, 统一, 一律 …) where the article's 可以 stood, before the
    same act: 可以处滥伐林木价值三倍以上五倍以下的罚款 → 并处滥伐林木价值三倍以上五倍以下的罚款 (SAME_ACT_AFTER of it kept)."""
    from difflib import SequenceMatcher

    if change.kind != "modal" or "可以" not in (change.upper_span or ""):
        return False
    m = _NECESSITY_AT.match(change.clause_span or "")
    if m is None or any(w in change.clause_span for w in _MODALS if w not in ("一律", "只能", "只得")):
        return False
    act = change.clause_span[m.end():]
    law_act = change.upper_span[change.upper_span.find("可以") + 2:]
    return len(act) >= 4 and SequenceMatcher(None, act, law_act, autojunk=False).ratio() >= SAME_ACT_AFTER


SAME_ACT_AFTER = 0.6
# a word of necessity opening the clause's phrase where the article's 可以 stood (is_strong)
_NECESSITY_AT = re.compile(r"(?:[^，。；]{0,12}?)(?:并处|并予|一并|统一|一律|均须|均应|必须|只能|只得)")


ITEM_LEAD = re.compile(rf"^\s*{ITEM_MARK}\s*")


ACT_CORE = 6        # characters of the act after a clause's modal verb looked for in the law's other articles
ELSEWHERE_MATTER = 0.8   # … in a sentence sharing this share of the clause's matter the compared unit shares
_QUALIFIER = re.compile(r"^(?:依法|依照[^，。；]{0,16}?规定|按照[^，。；]{0,16}?规定|及时|立即)")


def modal_elsewhere(change, probe: str, unit_text: str, upper: Provision, store, as_of: str) -> bool:
    """Whether the modal verb a clause put on an act stands on that act in another article of the upper law, in a
    sentence on the clause's matter (ELSEWHERE_MATTER of the content bigrams the clause shares with the compared
    unit): the clause restates that article, it does not change this one's modal verb (甲方可以依法申请人民法院强制
    执行……以乙方在法定期限内未申请行政复议……为前提 restates 行政强制法 第五十三条's 可以……申请人民法院强制执行, not 第四十六条's
    应当; 违法行为轻微……的，可以不予行政处罚 still alters 行政处罚法 第三十三条: 第五十七条's 依法可以不予行政处罚的 is
    another matter)."""
    from statutes.search import normalise

    from .compare.vocabulary import MODAL_RX
    from .compare.matter import content_bigrams as _content_bigrams
    from .governing import _articles

    if change.kind != "modal" or not change.clause_span or upper.work_id is None or not hasattr(store, "conn"):
        return False
    if EXEMPTION_RX.match(change.upper_span):
        return False     # 不需要办理……许可证: the article exempts this case from the duty the law lays elsewhere
    m = MODAL_RX.search(change.clause_span)
    if m is None:
        return False
    if necessity_case(probe, change.clause_span, m):
        return True      # round 31 (look31): 因生产工艺要求……必须夜间连续施工作业的，…… — a case of necessity the
        #                  clause's rule is for (the law's own exception), not the clause's modal verb on the act
    core = normalise(_QUALIFIER.sub("", change.clause_span[m.end():]))[:ACT_CORE]
    in_span = core      # (the act the span itself holds: 调解委员会不得调解 → 调解)
    if len(core) < ACT_CORE or _CITED_QUALIFIER.match(change.clause_span[m.end():]):
        # round 31 (look31): the span ends at the basis the modal verb opens with (可以依照《行政处罚法》的规定，书面委托
        # ……): the act is read on in the clause, after the span
        core = _act_after_span(change, probe, m.end())
    if len(core) < ACT_CORE:
        return short_act_restated(core, m.group(), change, probe, unit_text, upper, store, as_of)
    pattern = re.compile(re.escape(m.group()) + r".{0,24}?" + re.escape(core))   # over a normalised sentence
    # round 31 (look31): the article itself says the clause's modal verb on the clause's act in another sentence than
    # the one the change names (行政处罚法 第二十条: 可以……书面委托符合……条件的组织 beside 不得委托其他组织或者个人): the
    # clause restates that sentence; the article is the one compared, its matter shared
    if _modal_on_act_in_article(pattern, change, upper, store, as_of):
        return True
    mine = _content_bigrams(without_label(probe))
    least = ELSEWHERE_MATTER * len(mine & _content_bigrams(unit_text))
    for a in _articles(store, upper.work_id, as_of):
        if a.article == upper.article:
            continue
        for sentence in sentence_texts(a.text):
            if pattern.search(normalise(sentence)) and len(mine & _content_bigrams(sentence)) >= least:
                return True
    # the span's own act was short and the clause read on past it (调解委员会不得调解，并告知……): the short act itself
    return len(in_span) < ACT_CORE and short_act_restated(in_span, m.group(), change, probe, unit_text, upper, store,
                                                           as_of)


def _modal_on_act_in_article(pattern, change, upper: Provision, store, as_of: str) -> bool:
    """Whether a sentence of the compared article (its version in force) other than the one holding the change's upper
    span says ``pattern`` (the clause's modal verb on its act)."""
    from statutes.search import normalise

    from .governing import _articles

    forbidden = normalise(change.upper_span or "")
    for a in _articles(store, upper.work_id, as_of):
        if a.article == upper.article and a.article_sub == upper.article_sub and forbidden:
            return any(pattern.search(normalise(sentence)) and forbidden not in normalise(sentence)
                       for sentence in sentence_texts(a.text))
    return False


def _act_after(text: str, at: int) -> str:
    """The act a modal verb ending at ``at`` governs: the normalised text up to the phrase's end."""
    from statutes.search import normalise

    from .sentences import end_before

    return normalise(text[at:end_before(text, at, "，。；：、,;\n")])


def _phrases_to(text: str, at: int) -> str:
    """The phrase of ``text`` holding offset ``at`` with the phrase before it in its sentence (……拒绝调解的，不得调解):
    a modal verb's act and the case it is for."""
    from .sentences import end_before, start_after

    start = start_after(text, at, "。；\n")
    first = start_after(text, at, "，,")          # the phrase holding ``at``
    if first > start:
        first = start_after(text, first - 1, "，,")   # … and the one before it, within the sentence
    return text[max(start, first):end_before(text, at, "，,。；\n")]


def short_act_restated(clause_act: str, modal: str, change, probe: str, unit_text: str, upper: Provision, store,
                       as_of: str) -> bool:
    """Whether a short act the clause puts under ``modal`` (不得强行调解: too short for ACT_CORE) restates a sentence of
    the upper law that puts the same modal verb on an act closer to the clause's than the act of the verb the change
    names, and whose phrase (the act with the case before it) shares more of the clause's phrase than the changed
    verb's phrase does — another sentence of the compared article or of another article: 人民调解法 第十七条's 当事人一方明确拒绝
    调解的，不得调解 is what 一方当事人不同意调解的，不得强行调解 restates — not a reversal of its 人民调解委员会也可以主动
    调解, nor of 第二十六条's 调解不成的，应当终止调解; 人民调解委员会不得主动调解 is a reversal (round 35, lead35: a
    fresh look-alike the lead-law comparison flagged)."""
    from difflib import SequenceMatcher

    from statutes.search import normalise

    from .compare.matter import content_bigrams
    from .compare.vocabulary import MODAL_RX
    from .governing import _articles

    named = MODAL_RX.search(change.upper_span or "")
    at = probe.find(change.clause_span or "")
    if not clause_act or change.upper_start < 0 or named is None or at < 0:
        return False
    changed_act = _act_after(unit_text, change.upper_start + named.end())   # (应当终止调解 → 终止调解)
    against = SequenceMatcher(None, clause_act, changed_act, autojunk=False).ratio()
    mine = content_bigrams(_phrases_to(probe, at + (change.clause_span or "").find(modal)))
    least = len(mine & content_bigrams(_phrases_to(unit_text, change.upper_start + named.start())))
    forbidden = normalise(change.upper_span)
    for a in _articles(store, upper.work_id, as_of):
        compared = a.article == upper.article and a.article_sub == upper.article_sub
        for sentence in sentence_texts(a.text):
            if compared and forbidden in normalise(sentence):
                continue
            for hit in re.finditer(re.escape(modal), sentence):
                there = _act_after(sentence, hit.end())
                if there and SequenceMatcher(None, clause_act, there, autojunk=False).ratio() > against \
                        and len(mine & content_bigrams(_phrases_to(sentence, hit.start()))) > least:
                    return True
    return False


# … the qualifiers read after the span: a basis naming a title (依照《报废机动车回收管理办法》第九条的规定) is longer
_CITED_QUALIFIER = re.compile(r"^(?:依法|(?:依照|按照|依据|根据)[^，。；]{0,40}?规定|及时|立即)")


_NECESSITY_WORD = re.compile(r"必须|须|需要|确需")


def necessity_case(probe: str, span: str, m) -> bool:
    """Whether the modal verb ``m`` of the change's ``span`` is a necessity word inside a condition phrase of the clause
    (……必须连续施工作业的，): the phrase names a case, the rule follows it."""
    if not _NECESSITY_WORD.fullmatch(m.group()):
        return False
    at = probe.find(span)
    if at < 0:
        return False
    end = at + m.end()
    while end < len(probe) and probe[end] not in "，,。；;":
        end += 1
    return probe[end - 1:end] == "的" and probe[end:end + 1] in ("，", ",")


def _act_after_span(change, probe: str, modal_end: int) -> str:
    """The first ACT_CORE characters of the act after a modal verb whose change span ends before the act: the clause
    read on after the span, its qualifiers (依照……规定, 依法) left out."""
    from statutes.search import normalise

    at = probe.find(change.clause_span)
    if at < 0:
        return ""
    rest = _CITED_QUALIFIER.sub("", probe[at + modal_end:]).lstrip("，,、 \u3000")
    rest = _CITED_QUALIFIER.sub("", rest)
    return normalise(re.split(r"[。；]", rest, maxsplit=1)[0])[:ACT_CORE]


FIGURE_MATTER = 3   # content bigrams a clause in its own words shares with the sentence of the figure it changed


# An exception of the law overridden (by_override): the clause names the excepted case and lays the rule on it all
# the same. The words that lay it on all (一律, 也应当 …), a negation the clause keeps (不执行, 不予), and the article's
# exceptions: a 但书 or 除……外 (its words), or a list of cases the law's act is not done in (有下列情形之一的，不执行行政
# 拘留处罚：……), whose act the clause then does (也应当执行行政拘留).
OVERRIDE_WORDS = re.compile(r"一律|一概|也(?:应当|应|须|必须|要|需|同样)|亦(?:应当|应|须|需)|同样(?:应当|须|需要)|"
                       r"均(?:应当|应|须|需|要)|无论|不论|不分")
KEEPS_NEGATION = re.compile(r"不执行|不予|不适用|免予|免于|不需要|无需|无须|不必|不受[^，。；]{0,6}限制")
_EXCEPTION_SPAN = re.compile(r"但(?:是)?[，,]?[^。；]{2,120}?除外|除[^，。；]{2,60}?(?:以)?外|[^，。；：]{2,60}的除外")
_NEGATED_ACT = re.compile(r"(?:不|免予|无须|无需|不需要)(执行|适用|征收|收取|办理|处罚|给予|予以|申请|登记|缴纳)")
_EXCEPTION_LIFTED = re.compile(r"不受前款规定的限制|不适用前款|不受[^，。；]{0,8}限制")
OVERRIDE_SHARED = 3     # content bigrams of the excepted case the clause must say
# an exception whose cases other law names, as its first words (法律、行政法规或者国务院规定……的除外, 除依法可以采取协议
# 方式外); not one member of a list of cases (个人销售自产农副产品……，以及依照法律、行政法规不需要进行登记的除外)
_LAW_SOURCED = re.compile(r"^(?:但(?:是)?[，,]?|除)?(?:依法|依照法律|(?:法律|行政法规|法规|国务院)[^，。；]{0,12}?(?:规定|决定))")


def overridden_exception(bare: str, upper_text: str):
    """The Change (kind exception_removed) of a clause naming an excepted case of ``upper_text`` under a word that lays
    the rule on all (see above), else None."""
    from .compare.matter import matter_bigrams
    from .compare.model import Change
    from .quantities import AGE, find_quantities

    said = matter_bigrams(bare)
    word = OVERRIDE_WORDS.search(bare)
    for m in _EXCEPTION_SPAN.finditer(upper_text):
        if _LAW_SOURCED.search(m.group()):
            continue   # 法律、行政法规或者国务院规定可以通过协议出让……的除外: the excepted cases are what other law provides,
            #            which holds whatever a county's 一律 says (as 另有规定 does)
        shared = said & matter_bigrams(m.group())
        if len(shared) >= OVERRIDE_SHARED:
            exception = m.group().strip("，,；;：: ")
            return Change("exception_removed", "error", word.group(), exception,
                          f"上位法规定“{exception}”，条款对其中的情形规定“{word.group()}”适用，推翻了上位法的例外规定",
                          bare.find(word.group()), upper_text.find(exception), strong=True, sure=True)
    for m in _NEGATED_ACT.finditer(upper_text):
        verb = m.group(1)
        act = re.search(rf"{re.escape(word.group())}[^，。；]{{0,4}}?{verb}", bare)
        if act is None or _NEGATED_ACT.search(act.group()):
            continue     # (一律不收取任何费用 for 不收取任何费用: the negation kept, round 38)
        # the cases the negation is for: the items of its list, or its own sentence; one of them named by the clause,
        # its ages as the item writes them (已满十八周岁 is no 已满十六周岁不满十八周岁), and no 款 of the article lifting
        # the exception that the clause restates (情节严重、影响恶劣的……不受前款规定的限制)
        start = upper_text.rfind("。", 0, m.start()) + 1
        lines = [line for line in upper_text[start:].split("\n") if line.strip()]
        lead, items = lines[0], [line for line in lines[1:] if not _EXCEPTION_LIFTED.search(line)]
        lifted = [line for line in upper_text.split("\n") if _EXCEPTION_LIFTED.search(line)]
        mine, general = cjk_pairs(bare), cjk_pairs(lead)
        named = [line for line in items
                 if len(mine & (cjk_pairs(line) - general)) >= max(2, min(OVERRIDE_SHARED, len(cjk_pairs(line) - general)))
                 and all(_age_words(bare, q) in line for q in find_quantities(bare) if q.dim == AGE)]
        listed = general.union(*(cjk_pairs(line) for line in items))
        if any(len(mine & (cjk_pairs(line) - listed)) >= OVERRIDE_SHARED for line in lifted):
            continue
        if named or (not items and len(said & matter_bigrams(lead)) >= OVERRIDE_SHARED + 1):
            sentence_end = min([i for i in (upper_text.find(x, m.end()) for x in "。；：\n") if i >= 0] or [len(upper_text)])
            negation = upper_text[m.start():sentence_end]
            return Change("exception_removed", "error", act.group(), negation,
                          f"上位法规定“{negation}”，条款改为“{act.group()}”，推翻了上位法的例外规定",
                          act.start(), m.start(), strong=True, sure=True)
    return None


def _age_words(text: str, q) -> str:
    """An age as written with the word before it that says which side of it is meant (已满/年满/不满/未满十八周岁)."""
    before = text[max(0, q.start - 2):q.start]
    return (before if before in ("已满", "年满", "不满", "未满") else "") + q.text


def sure_changes(probe: str, unit_text: str, cmp, header: str = "") -> list:
    """The changes a clause restating ``unit_text`` in its own words shows (is_sure), each once: a figure only
    where the clause speaks of the matter of the upper sentence that holds it (FIGURE_MATTER content bigrams) and
    the figure is for the same act, or where both figures measure one thing (保修期限为三年 / 最低保修期限为：……为5年:
    review.compare.objects). An item of a list speaks of the matter its lead-in (``header``) names: （二）年龄不超过55周岁
    under 从事客运经营的驾驶人员，应当符合下列条件 is a figure of the drivers' conditions (道路运输条例 第九条)."""
    from .governing import same_matter as sentence_matter

    bare = without_label(probe)
    # (the matter of an item is read with its lead-in; the figures' offsets stay the item's own)
    topic = f"{header}{bare}" if header and ITEM_LEAD.match(bare) else bare

    def matter(c) -> bool:
        return sentence_matter(topic, unit_text, c.upper_span, FIGURE_MATTER) or items_matter(topic, unit_text, c)

    material = cmp.material()
    kept = [c for c in material if (is_sure(c) or duty_weakened_on_same_act(c)) and not protective_modal(c)
            and not protective_sibling(c, material)
            and (c.kind not in FIGURE_KINDS or same_limited_act(bare, unit_text, c) or act_delayed(c)
                 or figure_object_shared(bare, unit_text, c)
                 or (matter(c) and (c.kind == "age" or same_figure_use(bare, unit_text, c))))]
    return list({c.message: c for c in kept}.values())


_BOUND_AFTER_NOT = re.compile(r"超过|低于|少于|多于|高于|迟于|早于|短于|长于")
SAME_ACT_SHARED = 4   # content pairs the acts after the two modal verbs share: the clause lays the article's conduct


def duty_weakened_on_same_act(change) -> bool:
    """Round 41 (cmp41): a modal change that lifts the article's prohibition (不得/禁止 → 可以/应当) on the very act the
    article forbids — the words after the two modal verbs share SAME_ACT_SHARED content pairs: the clause lays the
    article's conduct and only its modal verb differs (招标人不得规定最低投标限价 → 可以在招标文件中设定最低投标限价,
    招标投标法实施条例 第二十七条). Shows in a clause in its own words as a contradiction 可以↔不得 does (grading.toml
    [sure]). Not a duty made optional (应当 → 可以): tried, it put wrong findings on real documents, where a party's
    entitlement (收养人可以凭……收养登记证……, 预告登记可以由……双方共同申请) stands where the compared article lays the
    manner of a duty; not a duty added where the law leaves a choice (可以 → 应当: a body may bind itself)."""
    from .compare.matter import content_bigrams
    from .compare.vocabulary import MODAL_RX

    if change.kind != "modal" or not change.strong or not change.clause_span or not change.upper_span:
        return False
    up, mine = MODAL_RX.search(change.upper_span), MODAL_RX.search(change.clause_span)
    if up is None or mine is None or up.lastgroup != "not" or mine.lastgroup == "not":
        return False
    if _BOUND_AFTER_NOT.match(change.upper_span, up.end()):
        return False     # 不得超过三十日: a bound on a figure, no prohibition of an act
    shared = content_bigrams(change.upper_span[up.end():]) & content_bigrams(change.clause_span[mine.end():])
    return len(shared) >= SAME_ACT_SHARED


# Changes of the weaker kinds (grading.toml: a dropped prohibition, another subject, a dropped exception or right)
# that count in a restatement in the clause's own words where the clause's own words confirm them — measured on the
# upper-law cases of every dev rewording set (bench/README.md, round 17 — upper17):
# * a prohibition of the article dropped where the clause speaks of what it forbids (PROHIBITED_SHARED character pairs
#   of the forbidden act), has no prohibition or negation of its own, nor its list's lead-in (a clause restating one
#   prohibition of the article's list does not drop the others: 不得以退出宅基地作为进城落户的条件 for 土地管理法实施条例
#   第三十六条; 不再要求申请人提供证明材料; 下列医疗费用不纳入……：（八）因非医学需要……终止妊娠的费用), and restates no
#   permission path of the article (确需……的，经……批准) and names no law (依照《文物保护法》第二十九条……);
# * a power the article gives the county level (县级人民政府, 县级以上……部门) moved to a township or street office
#   that the clause does not make a helper of the county (协助, 配合, 初审, 报县……批准);
# * an exception or a right of the party dropped where the clause says its rule holds for all (一律, 均应, 亦不例外,
#   无论) and keeps no exception of its own.
PROHIBITED_SHARED = 3
_OWN_PROHIBITION = re.compile(r"不得|禁止|严禁|不准|不许|不能|不予|不纳入|不属于|不包括|不列入|不再|无需|无须|免予|免于|不必|"
                              r"不要求")
# a ban that is itself a sanction (其法定代表人或者主要负责人5年内禁止从事……, 终身不得): a consequence of the article, whose
# omission by a clause restating one of its fines is no dropped norm
_BAN_SANCTION = re.compile(r"(?:[\d一二三四五六七八九十]+年|终身)[内以]?[^，。；]{0,6}?(?:禁止|不得)")
# the article's own permission path restated (确需野外用火的，应当经县人民政府批准): the prohibition's exception, not the
# prohibition dropped; and a clause naming a law (依照《文物保护法》第二十九条) carries the law's prohibitions with it
_PERMISSION_PATH = re.compile(r"确需|(?:经|报)[^，。；]{0,20}?(?:批准|同意|许可|审批|核准)|《[^》]{2,40}》")
_PROHIBITION_WORDS = re.compile(r"不得|禁止|严禁|任何单位和个人|任何组织和个人|任何单位或者个人|任何组织或者个人")
# (round 17, after the merge) a dropped prohibition counts only where it is a limit on a figure the clause itself sets
# (加处罚款的数额不得超出罚款的数额 against 每日按百分之三加处……至缴清为止; 不得低于市场价格 against 按评估价格的百分之九十):
# a clause on the same matter that sets no figure (被征收房屋价值由……评估机构评估确定; 税务部门征收社会保险费) does not drop
# 不得低于/不得从……提取, it does not speak of them. And a township as the acting body (由/经/报经 乡镇……), not as the object of
# the county's act (对考核不合格的乡镇，由县人民政府予以通报批评).
_LIMIT_PROHIBITION = re.compile(r"不得(低于|超出|超过|高于|少于|多于|短于|长于|突破|降低)")
_FIGURE = re.compile(r"百分之|[%％‰]|\d|[一二两三四五六七八九十百千万]+(元|倍|成|日|天|个月|年)|[一二三四五六七八九]折|为止")
# … nor where the clause sets a bound of its own, the limit restated in other words (加处罚款的数额以罚款数额为上限)
_OWN_LIMIT = re.compile(r"上限|下限|为限|封顶|最高不|最低不|不超过|不超出|不得超过|不高于|不低于|不少于|以内")
# (round 43, lead43: … or the township named as the sentence's subject with a modal of its own — 各乡镇人民政府可以……确定
# 禁止燃放烟花爆竹的时间、地点 for 烟花爆竹安全管理条例 第二十八条's 县级以上地方人民政府)
_TOWNSHIP_ACTS = re.compile(r"(由|经|报经|报|交由)[^，。；]{0,6}(乡|镇|街道)")
_FOR_ALL = re.compile(r"一律|一概|均(?:应|须|需|要|不|可|由|按)|无论|不论|亦不例外|无一例外|概不")
CITES_ANY = re.compile(r"(?:依照|依据|根据|按照)《[^》]{2,40}》")   # a clause naming its own basis
OWN_EXCEPTION = re.compile(r"除[^，。；]{1,30}外|但[^。；]{0,30}除外|另有规定|从其规定")
_TOWNSHIP_HELPER = re.compile(r"协助|配合|初审|受[^，。；]{0,12}委托|"
                              r"(?:报|经)[^，。；]{0,6}?(?:县|市|区|上级)[^，。；]{0,14}?(?:批准|审批|审核|同意)")
# a filing with the county makes the township a helper (成员名册报镇人民政府和县农业农村局备案) — not where the township is
# the sentence's subject that decides and then files (各乡镇人民政府可以……确定……，报县公安局备案: round 43, lead43)
_FILED_WITH_COUNTY = re.compile(r"(?:报|经)[^，。；]{0,6}?(?:县|市|区|上级)[^，。；]{0,14}?备案")
# (a power taken — 可以, 有权, 决定, 确定 —, not a duty of its own: 乡镇人民政府应当落实森林防火属地责任 is the township's own
# charge, heldout_round16)
_TOWNSHIP_SUBJECT = re.compile(r"^(?:各|全县各|本县各)?[^，。；]{0,4}(?:乡|镇|街道)[^，。；]{0,8}(?:人民政府|政府|办事处)"
                               r"(?:可以|有权|决定|确定)")


def _township_takes_power(bare: str) -> bool:
    """Whether a township acts in ``bare`` (由……乡镇, or the township as the subject that takes a power) and is not
    made a helper of the county (协助, 初审, 报县……批准; 报县……备案 unless the township decides first)."""
    subject = _TOWNSHIP_SUBJECT.search(bare) is not None
    return (subject or _TOWNSHIP_ACTS.search(bare) is not None) and not _TOWNSHIP_HELPER.search(bare) \
        and (subject or not _FILED_WITH_COUNTY.search(bare))


def _carried_over(change) -> bool:
    """Whether ``change`` is a case the clause carries its rule over with its own sameness marker (……的亦同,
    ……也不例外: review.compare.extended): the marker confirms the clause means that case."""
    from .compare.extended import MARKER_RX

    return change.kind == "exception_removed" and bool(MARKER_RX.search(change.clause_span or ""))


def confirmed_changes(probe: str, cmp, header: str = "", unit_text: str = "") -> list:
    """The changes of the weaker kinds that the clause's own words confirm (see above), each once; ``header``: the
    lead-in of the list the clause is an item of (用人单位不得有下列行为：, 下列医疗费用不纳入医保基金支付范围：);
    ``unit_text``: the unit of the article compared (an added condition counts only on an application it states)."""
    from .added_gate import gate_added

    bare = without_label(probe)
    out = []
    for c in cmp.material():
        if c.kind == "duty_removed" and c.severity == "error" and _PROHIBITION_WORDS.search(c.upper_span or "") \
                and _LIMIT_PROHIBITION.search(c.upper_span) and _FIGURE.search(bare) and not _OWN_LIMIT.search(bare) \
                and not _BAN_SANCTION.search(c.upper_span) \
                and not _OWN_PROHIBITION.search(f"{header}{bare}") and not _PERMISSION_PATH.search(bare) \
                and len(cjk_pairs(_PROHIBITION_WORDS.sub("|", c.upper_span)) & cjk_pairs(bare)) >= PROHIBITED_SHARED:
            out.append(c)
        elif c.kind == "subject_changed" and c.severity in ("error", "warning") and "县级" in (c.upper_span or "") \
                and re.search(r"乡|镇|街道", c.clause_span or "") and _township_takes_power(bare):
            out.append(c)
        elif (c.kind == "exception_removed" or (c.kind == "duty_removed" and "权利" in c.message)) \
                and (_FOR_ALL.search(bare) or _carried_over(c)) and not OWN_EXCEPTION.search(bare):
            out.append(c)
        elif c.kind == "condition_added" and c.severity in ("error", "warning") \
                and gate_added(c, bare, unit_text, header):
            out.append(c)     # round 37 (up37): another body's paper, approval or consent put before the act
    return list({c.message: c for c in out}.values())


# A fine the article imposes only on a party that did not correct when ordered to (……责令改正，给予警告；拒不改正的，处
# 2万元以上5万元以下罚款) imposed by the clause at once, the same figure, for the same conduct: the order to correct, a
# step the law gives the party first, is dropped (粮食流通管理条例 第四十三条, 医疗保障基金使用监督管理条例 第三十九条).
_REFUSAL_STEP = re.compile(r"(?:经责令(?:限期)?改正)?(?:拒不(?:改正|整改)|逾期(?:不|未|仍不|仍未)(?:改正|整改)|仍不(?:改正|整改))"
                           r"[^，。；]{0,8}?的，")
_CLAUSE_REFUSAL = re.compile(r"拒不|逾期|仍不|仍未|期满|届满|再次|屡次|未改正|不改正")


def refusal_dropped(probe: str, upper_text: str, changes: list) -> list:
    """[the change] where ``probe`` imposes, at once, a fine that ``upper_text`` imposes only after a refusal to correct
    (above); [] otherwise, or where ``changes`` already hold a change of that fine."""
    from .compare.figures import CONDUCT_SHARED, figure_use
    from .compare.model import Change
    from .quantities import find_quantities

    bare = without_label(probe)
    if _CLAUSE_REFUSAL.search(bare) or any(c.kind == "amount" for c in changes):
        return []
    mine = [q for q in find_quantities(bare) if q.dim == "money"]
    if not mine:
        return []
    for q in find_quantities(upper_text):
        if q.dim != "money":
            continue
        start = max(upper_text.rfind(ch, 0, q.start) for ch in "。；;\n") + 1
        step = _REFUSAL_STEP.match(upper_text, start)
        if step is None or upper_text[start - 1:start] not in ("；", ";"):
            continue
        same = next((m for m in mine if (m.lo, m.hi) == (q.lo, q.hi)), None)
        if same is None or len(figure_use(bare, same.start, same.end, "money")
                               & figure_use(upper_text, q.start, q.end, "money")) < CONDUCT_SHARED:
            continue
        refusal = step.group().rstrip("，")
        return [Change(kind="condition_removed", severity="error", clause_span=same.text,
                       upper_span=upper_text[start:q.end], clause_start=same.start, upper_start=start,
                       message=f"上位法规定责令改正后“{refusal}”方处“{q.text}”罚款，条款删去责令改正的前置程序，"
                               f"直接处以罚款，加重了当事人的责任", strong=True, sure=True)]
    return []


def core_kind(change) -> bool:
    """Whether a change may be shown against an article found only by a clause's norm (by_norm_core): a figure, a
    consequence, a removed condition, an act required 立即 delayed, alternatives fixed to one — not a bare
    contradiction of modal verbs, which two norms on one subject (应当出示证件 / 不得……) show as often."""
    return change.kind != "modal" or fixed_option(change)


def act_delayed(change) -> bool:
    """Whether a time-limit change puts a number of hours or days for an act the law requires 立即: no figure of
    the law to pair, the act after both already found shared (review.compare.consequences.read_promptness)."""
    from .compare.consequences import IMMEDIATE_RX

    return change.kind == "time_limit" and bool(IMMEDIATE_RX.match(change.upper_span or ""))


def items_matter(probe: str, unit_text: str, change) -> bool:
    """Whether the upper figure stands in a list's lead-in (有下列行为之一的，……可以处以2万元以下的罚款：) whose items
    the clause speaks of: the conduct the fine is for is in the items, the unit restated (SAME_MATTER) holds them."""
    from .compare.figures import _LIST_HEADER

    at = unit_text.find(change.upper_span) if change.upper_span else -1
    if at < 0 or change.kind != "amount":
        return False
    start = max(unit_text.rfind(ch, 0, at) for ch in "。\n") + 1
    return bool(_LIST_HEADER.search(unit_text[start:at])) and same_matter(probe, unit_text)


def protective_modal(change) -> bool:
    """Whether a modal change puts a prohibition that protects the public (不得在法定条件之外要求申请人提交材料,
    不得以……为由拒绝办理: review/norms/relief.py) where the upper sentence has another modal: a clause in its own words
    that forbids a burden on the public does not contradict a duty of the upper law, it is another sentence."""
    if change.kind != "modal" or not change.clause_span:
        return False
    if EXEMPTION_RX.match((change.upper_span or "").lstrip(_JOINING)):
        return False   # round 39: 无需说明理由 → 应当……说明退货理由: the public's exemption made its duty, no protection
    from .norms.lexicon import default_lexicon
    from .norms.relief import reliefs

    return any(r.form == "protective" for r in reliefs(default_lexicon(), change.clause_span))


def protective_sibling(change, changes) -> bool:
    """Whether ``change`` reads, as a condition added, the words a protective modal change of the same comparison reads
    (除法定当场收缴情形外，不得自行收缴罚款 / 可以当场收缴罚款: the modal a protection of the public, its 不得自行 no
    condition of its own): one sentence, one reading (round 45, lead45, informed by a fresh look-alike)."""
    if change.kind != "condition_added" or change.clause_start < 0:
        return False
    end = change.clause_start + len(change.clause_span)
    return any(protective_modal(m) and m.clause_start >= 0 and m.clause_start < end
               and change.clause_start < m.clause_start + len(m.clause_span) for m in changes if m is not change)


def same_limited_act(probe: str, unit_text: str, change) -> bool:
    """Whether a changed time limit is for the very act of the upper one, named in other procedural words
    (十个工作日内作出登记决定 / 3个工作日内予以登记: review.compare.figures.one_act): what the figure is about is plain
    even where the upper sentence holding it is too short to share the clause's matter."""
    from .compare.figures import one_act

    if change.kind != "time_limit" or change.clause_start < 0 or change.upper_start < 0:
        return False
    return one_act(probe, change.clause_start + len(change.clause_span), unit_text,
                   change.upper_start + len(change.upper_span))


# Round 43 (lead43): the event a time limit runs from, written just before its figure (自收到投诉之日起, 自受理之日起,
# 收到申请后): two limits that run from the same event, whose acts after share a word (处理完毕 / 予以处理), are one limit
# round 44 (up44): also 在收到投诉之日起 (the event after a 在 that opens the limit: after 应当/必须/须 or a comma, not
# 所在/存在), and an event ending its own phrase before the duty's verb (单位负责人接到报告后，应当于1小时内: 生产安全事故
# 报告和调查处理条例 第九条); 从 opens no event in 从事 (……从事职业中介活动的申请之日起 is 自收到……申请's, not 从's)
_START_EVENT = re.compile(r"(?:(?:自|从(?!事)|于|(?:(?<=应当)|(?<=必须)|(?<=须)|(?<=[，,]))在)([^，。；、]{2,14}?)"
                          r"(?:之日|之时|后|时)起?|([^，。；、]{2,14}?)后[，,](?:应当|必须|须)?(?:在|于))$")
_EVENT_FILLER = re.compile(r"收到|接到|之日|日起")
START_EVENT_SHARED = 1   # content pairs the two start events share besides 收到/接到 (投诉, 受理)
START_ACT_WINDOW = 8     # characters of the act after each figure
_PHRASE_CUT = re.compile(r"[，。；]")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def same_start_event(probe: str, unit_text: str, change) -> bool:
    """Whether a changed time limit and the upper one run from the same event, named just before each figure
    (START_EVENT_SHARED content pairs shared besides 收到/接到), and their acts after share a pair."""
    mine = _START_EVENT.search(probe, max(0, change.clause_start - 18), change.clause_start)
    theirs = _START_EVENT.search(unit_text, max(0, change.upper_start - 18), change.upper_start)
    if mine is None or theirs is None:
        return False
    mine_event, their_event = mine.group(1) or mine.group(2), theirs.group(1) or theirs.group(2)
    shared = cjk_pairs(_EVENT_FILLER.sub("|", mine_event)) & cjk_pairs(_EVENT_FILLER.sub("|", their_event))
    if len(shared) < START_EVENT_SHARED and mine_event != their_event:
        return False
    after_mine = _PHRASE_CUT.split(probe[change.clause_start + len(change.clause_span):])[0]
    after_theirs = _PHRASE_CUT.split(unit_text[change.upper_start + len(change.upper_span):])[0]
    # (or the verb the phrase ends on, after the body it is lodged with: 2小时内向县应急管理局……报告 / 1小时内向……部门报告)
    # (the pairs the case before the figure says are no act: 将事故信息录入 / 向事故发生地……报告 share only 事故)
    case = cjk_pairs(probe[:change.clause_start]) | cjk_pairs(unit_text[:change.upper_start])
    if (cjk_pairs(after_mine[:START_ACT_WINDOW]) & cjk_pairs(after_theirs[:START_ACT_WINDOW])) - case:
        return True
    verb = after_mine[-2:]
    return len(after_mine) > START_ACT_WINDOW and verb == after_theirs[-2:] and _CJK_PAIR.fullmatch(verb) is not None


def same_figure_use(probe: str, unit_text: str, change) -> bool:
    """Whether the two figures of a changed time limit or amount are for the same act or conduct (review.compare.
    figures.figure_use): a clause in its own words changes a figure only where it speaks of what the figure is for."""
    from .compare.figures import CONDUCT_SHARED, USE_SHARED, figure_use, one_act
    from .quantities import DURATION

    if change.clause_start < 0 or change.upper_start < 0:
        return False
    dim = DURATION if change.kind == "time_limit" else "money"
    mine = figure_use(probe, change.clause_start, change.clause_start + len(change.clause_span), dim)
    theirs = figure_use(unit_text, change.upper_start, change.upper_start + len(change.upper_span), dim)
    if len(mine & theirs) >= (USE_SHARED if dim == DURATION else CONDUCT_SHARED):
        return True
    if dim == DURATION and one_act(probe, change.clause_start + len(change.clause_span), unit_text,
                                   change.upper_start + len(change.upper_span)):
        return True       # 十个工作日内作出登记决定 / 3个工作日内予以登记: one act in other procedural words
    if dim == DURATION and long_act_shared(probe, unit_text, change):
        return True
    if dim == DURATION and answers_alike(probe, unit_text, change):
        return True       # 自受理申请之日起六十日内作出是否准予登记的决定 / ……三十日内作出决定: one answer to one request
    if dim == DURATION and same_start_event(probe, unit_text, change):
        return True       # 自收到投诉之日起30个工作日内处理完毕 / 自收到投诉之日起15个工作日内予以处理: one limit, one event
    # (or the upper act is the bare verb, after the body it is lodged with: 五个工作日内，向……主管部门申请复检 for
    # 收到检测结果后两个工作日内书面申请复检，逾期不予受理 — the event both run from, shared, tells it is one limit)
    if dim != DURATION or not (_bare_act_after(probe, change.clause_start + len(change.clause_span))
                               or _bare_act_after(unit_text, change.upper_start + len(change.upper_span))):
        return False
    # the clause's act after its limit is a bare verb the upper text's act shares (6个月内提出 for 1年内……提出工伤认定
    # 申请): the two limits are for one act when the events they run from (事故伤害发生之日起) are shared as well; a
    # bare verb the upper act does not share (要求旅行社办理退货……的，应当在旅游行程结束后七日内提出 for 旅游者有权在旅游行程
    # 结束后三十日内，要求旅行社为其办理退货): the act is named before the figure, and the words before both must share more
    shared_act = len(mine & theirs) >= 1
    mine = figure_use(probe, change.clause_start, change.clause_start + len(change.clause_span), dim, with_before=True)
    theirs = figure_use(unit_text, change.upper_start, change.upper_start + len(change.upper_span), dim,
                        with_before=True)
    return len(mine & theirs) >= USE_SHARED + (2 if shared_act else ACT_BEFORE_SHARED)


def answers_alike(probe: str, unit_text: str, change) -> bool:
    """Whether both limits of a changed time limit run from a request (自受理申请之日起, 收到……后) to the same answer to it
    (……作出决定, ……作出是否准予登记的决定: review.compare.time_limits.same_answer)."""
    from .compare.time_limits import answers_request, same_answer
    from .quantities import find_quantities

    mine = next((q for q in find_quantities(probe) if q.start == change.clause_start), None)
    theirs = next((q for q in find_quantities(unit_text) if q.start == change.upper_start), None)
    return mine is not None and theirs is not None and answers_request(probe, mine) \
        and answers_request(unit_text, theirs) and same_answer(unit_text, theirs, probe, mine)


ACT_BEFORE_SHARED = 5   # content bigrams beyond USE_SHARED the words around two limits share when the clause's bare verb
                        # after its limit is not the upper act's (same_figure_use)


def same_figure_for(probe: str, unit_text: str, change) -> bool:
    """Whether a changed figure of a clause in its own words is the article's figure for the same thing: the same act
    or conduct (same_figure_use), a fine for a fine (same_sanction), a time limit for a time limit (deadline)."""
    return same_figure_use(probe, unit_text, change) and same_sanction(probe, unit_text, change) \
        and (change.kind != "time_limit" or (deadline(probe, change.clause_start, change.clause_span)
                                             and deadline(unit_text, change.upper_start, change.upper_span)))


_DEADLINE = re.compile(r"(?:以内|之内|内|前)$")


def deadline(text: str, start: int, span: str) -> bool:
    """Whether the period ``span`` (at ``start`` of ``text``) is a time within which something is done (十五日内, 届满
    三十日前), not a length of time reached (工作满5年, 暂住三日以上): only such a period is a time limit to compare."""
    after = text[start + len(span):start + len(span) + 2]
    return bool(_DEADLINE.search(span) or re.match(r"(?:以内|之内|内|前)", after))


def figure_said_by(change, hits: list[Provision], upper: Provision) -> bool:
    """Whether an article among ``hits`` other than ``upper`` holds the figure the clause says in ``change`` (the same
    dimension and value: 百分之十五 is 15%)."""
    from .quantities import find_quantities

    said = {(q.dim, q.lo, q.hi) for q in find_quantities(change.clause_span or "")}
    if not said:
        return False
    return any((q.dim, q.lo, q.hi) in said for h in hits
               if (h.law, h.article, h.article_sub) != (upper.law, upper.article, upper.article_sub)
               for q in find_quantities(h.text or ""))


def figure_in_article(change, article_text: str) -> bool:
    """Whether the article itself, in any of its 款, states the figure the clause says in ``change``: the clause takes
    that figure (减按15%的税率 is 国务院关于鼓励外商投资的规定 第八条 第二款's 15%, not its 第一款's 70% lowered)."""
    from .quantities import find_quantities

    said = {(q.dim, q.lo, q.hi) for q in find_quantities(change.clause_span or "")}
    return bool(said) and any((q.dim, q.lo, q.hi) in said for q in find_quantities(article_text or ""))


def same_sanction(probe: str, unit_text: str, change) -> bool:
    """Whether the two amounts of a changed figure are both fines or both not (a fee, a deposit, a subsidy): the
    sentence holding each says 罚 or neither does — 考核费每人三百元 is no fine to set against 安全生产法 第九十四条's
    二万元以上五万元以下的罚款 for the same 主要负责人. A time limit passes."""
    if change.kind == "time_limit" or change.clause_start < 0 or change.upper_start < 0:
        return True

    def fined(text: str, at: int) -> bool:
        start = max(text.rfind(m, 0, at) for m in "。；;\n") + 1
        ends = [e for e in (text.find(m, at) for m in "。；;\n") if e >= 0]
        return "罚" in text[start:min(ends, default=len(text))]

    return fined(probe, change.clause_start) == fined(unit_text, change.upper_start)


def long_act_shared(probe: str, unit_text: str, change) -> bool:
    """Whether the act after the clause's time limit is named, in its own 分句, within the act after the upper one
    read to the end of its 分句 (6个月内提出认定申请 / 1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定
    申请: the upper act lies beyond the reach of figure_use, behind the body it is lodged with): every content bigram
    of the clause's act, at least USE_SHARED of them, found there."""
    from .compare.figures import USE_SHARED, figure_use
    from .quantities import DURATION

    end = change.clause_start + len(change.clause_span)
    mine = figure_use(probe, change.clause_start, end, DURATION, whole_phrase=True)
    theirs = figure_use(unit_text, change.upper_start, change.upper_start + len(change.upper_span), DURATION,
                        whole_phrase=True)
    shared = mine & theirs
    return len(shared) >= USE_SHARED and len(shared) >= len(mine) - 1


def _bare_act_after(text: str, end: int) -> bool:
    """Whether the act after a time limit ending at ``end`` is a bare verb, its phrase closing within BARE_ACT
    characters (6个月内提出，逾期不予受理), not an act named in full (五日内向检查机关申请复核); the body it is lodged
    with is no part of the act (6个月内向县人力资源和社会保障局提出: 向……提出)."""
    from .compare.phrases import PHRASE_END, bounds
    from .compare.vocabulary import ACTOR_RX

    _, e = bounds(text, max(end - 1, 0), PHRASE_END)
    act = re.sub(r"(?:向|到)(?=\|)", "", ACTOR_RX.sub("|", text[end:e]))
    return len(re.findall(r"[\u4e00-\u9fff]", act)) <= BARE_ACT


BARE_ACT = 4


def can_show_sure(probe: str) -> bool:
    """Whether a sentence has something a change a clause in its own words can show stands on (grading.toml
    [sure]): a figure, a modal verb, a body making a rule or enforcing, a deemed consequence, conditions joined."""
    from .compare.vocabulary import MODAL_RX, SOLE_RX
    from .governing import has_norm_marker

    return bool(MODAL_RX.search(probe) or SOLE_RX.search(probe) or has_norm_marker(probe))


_OWN_LABEL = re.compile(r"^\s*第[一二三四五六七八九十百零〇两\d０-９]{1,6}条(?:之[一二三四五六七八九十]{1,3})?[\s\u3000]*")


def without_label(probe: str) -> str:
    """The clause text without the draft's own article number (第二条　), which restates nothing."""
    return _OWN_LABEL.sub("", probe)


def same_matter(probe: str, unit_text: str, relaxed: bool = False) -> bool:
    """Whether the clause and the unit of the article speak of one matter: ``SAME_MATTER`` content bigrams in
    common, the formula words and the words any article may use aside (review.compare.matter); one fewer when
    ``relaxed`` (a close restatement naming the law's subject, whose organ the clause calls by its local name:
    市人力资源和社会保障局 for 社会保险行政部门 costs the bigrams of the organ's name)."""
    from .compare.matter import matter_bigrams

    need = SAME_MATTER - 1 if relaxed else SAME_MATTER
    return len(matter_bigrams(probe) & matter_bigrams(unit_text)) >= need
