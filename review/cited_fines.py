"""The fine an upper law lays for the conduct a clause fines: the 法律责任 paragraph that cites the article forbidding it.

A clause restating a fine says the conduct and the sum together (在古树名木上刻划、悬挂物体或者攀爬古树名木的，……并处一万元
以上三万元以下罚款). The law says them apart: the conduct in the article that forbids or requires it (古树名木保护条例
第十七条（五）在古树名木上刻划……攀爬古树名木), the sum in a liability article that names that article by number (第二十七条
第二款: 有本条例第十七条第五项、第六项、第七项规定行为之一的，……可以并处1万元以下的罚款), or in the implementing
regulation of the law (土地管理法实施条例 第五十七条: 依照《土地管理法》第七十七条的规定处以罚款的，罚款额为……). The corpus
search finds the conduct article (its words are the clause's), rarely the paragraph with the sum, whose words are
the sanction's. So the paragraph is read through the reference, as a reader of the law follows it:

* ``conduct``: what the clause fines — its words before the first ``的，`` (the case it opens with);
* ``best_item``: of a conduct article that lists acts, the item the conduct shares most content bigrams with
  (``CONDUCT_SHARED`` at least);
* ``lead_in_fine``: the lead-in of a conduct article that lists acts and fines each (有下列行为之一的，……处……罚款：);
* ``citing_paragraphs``: the paragraphs of the conduct article's own law citing it (本条例第十七条) and of other laws
  citing it by title (《土地管理法》第七十七条) that lay a fine with a sum — where the reference lists items, only a
  paragraph listing the item the clause's conduct is.

Pure functions over texts; the engine (review.engine._UpperReader.by_cited_fine) finds the articles, compares the
clause with each paragraph and shows a changed sum only — or, where the clause keeps to the law's range for the
conduct (``sums_within``, for the bearer the law fines: ``fined_bearer``; not per occurrence: ``per_unit``; not on top
of the law's treatment: ``ON_TOP_OF_LAW``), notes that the penalty is the law's (review.engine.fine_provided).
"""

from __future__ import annotations

import re

from statutes.numerals import cn_to_int, int_to_cn

CONDUCT_SHARED = 3      # content bigrams a clause's conduct shares with the article (or item) that states it
CONDUCT_REACH = 60      # characters of a clause read as its conduct at most

_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]", re.M)
# a sum fined: a money figure with 罚款 after it in the same phrase (处一万元以上三万元以下罚款), or a 罚款 its sum follows
# (罚款额为非法占用土地每平方米100元以上1000元以下)
_SUM = (r"(?:(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:万)?元|[\d一二两三四五六七八九十]+倍"
        r"|\d+(?:\.\d+)?%|百分之[一二三四五六七八九十百]+)")    # a sum, a multiple or a share of one
_FINE = re.compile(rf"{_SUM}[^，。；]{{0,16}}?罚款|罚款(?:额|数额)?为[^，。；]{{0,16}}?{_SUM}")
_ITEMS_AFTER = re.compile(r"^((?:第[一二三四五六七八九十]+项[、和或及]?)+)")


def lays_fine(text: str) -> bool:
    """Whether ``text`` fines a sum (处……元以下罚款), not only names a fine (可以并处罚款)."""
    return bool(_FINE.search(text))


def conduct(text: str) -> str:
    """What a clause fines: its words before the first 的， (……攀爬古树名木的，由……处罚款), or '' where it opens with none."""
    m = re.search(r"的[，,]", text[:CONDUCT_REACH + 2])
    return text[:m.start()] if m else ""


def item_texts(article_text: str) -> dict[int, str]:
    """The items of an article (（一）…), by number."""
    out: dict[int, str] = {}
    for line in article_text.split("\n"):
        m = _ITEM.match(line.strip())
        if m and cn_to_int(m.group(1)):
            out[cn_to_int(m.group(1))] = line.strip()
    return out


def shared(a: str, b: str) -> int:
    from .compare.matter import content_bigrams

    return len(content_bigrams(a) & content_bigrams(b))


def best_item(conduct_text: str, article_text: str) -> int | None:
    """The item of ``article_text`` the conduct is (most content bigrams shared, at least CONDUCT_SHARED); None for an
    article without items or an item nothing like it."""
    items = item_texts(article_text)
    scored = sorted(((shared(conduct_text, t), n) for n, t in items.items()), reverse=True)
    if not scored or scored[0][0] < CONDUCT_SHARED:
        return None
    return scored[0][1]


def conduct_share(conduct_text: str, article_text: str, item: int | None) -> float:
    """The share of the conduct's content bigrams the article states — its item with the lead-in, where it lists acts:
    how wholly the article names what the clause fines (a clause restating the law's penalty, review.engine
    .fine_provided, needs nearly all; a clause naming a conduct of its own under a loose item — 在城市道路上晾晒农作物
    under 其他损害、侵占城市道路的行为 — shares less)."""
    from .compare.matter import content_bigrams

    mine = content_bigrams(conduct_text)
    if not mine:
        return 0.0
    items = item_texts(article_text)
    stated = article_text.split("\n", 1)[0] + items[item] if item in items else article_text
    return len(mine & content_bigrams(stated)) / len(mine)


def states_conduct(conduct_text: str, article_text: str) -> bool:
    """Whether the article (its item, where it lists acts) states the conduct: CONDUCT_SHARED content bigrams."""
    if item_texts(article_text):
        return best_item(conduct_text, article_text) is not None
    return shared(conduct_text, article_text) >= CONDUCT_SHARED


def reference_rx(article: int, own: bool, short_title: str = "") -> re.Pattern:
    """A reference to 第N条: within its own law (本法/本条例…第N条) or from another by title (《SHORT》第N条)."""
    label = f"(?<![一二三四五六七八九十百零])第{int_to_cn(article)}条(?!之)"
    if own:
        return re.compile(rf"本(?:法|条例|办法|规定|细则)(?:规定的)?{_BEFORE_IN_LIST}{label}")
    return re.compile(rf"《(?:中华人民共和国)?{re.escape(short_title)}》(?:规定的)?{_BEFORE_IN_LIST}{label}")


# the articles a reference lists before the one sought (违反本条例第五十一条、第五十二条、第五十三条、第七十七条规定的):
# the law's name stands once before the whole list (round 45, lead45: 铁路安全管理条例 第九十五条)
_BEFORE_IN_LIST = (r"(?:第[一二三四五六七八九十百零]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+[款项])*"
                   r"(?:、|和|及|以及|或者)){0,12}")


def cited_items(paragraph: str, end: int) -> set[int]:
    """The items a reference ending at ``end`` lists (第十七条第五项、第六项 → {5, 6}); empty for the whole article."""
    m = _ITEMS_AFTER.match(paragraph[end:])
    if not m:
        return set()
    return {n for n in (cn_to_int(x) for x in re.findall(r"第([一二三四五六七八九十]+)项", m.group(1))) if n}


def lead_in_fine(article_text: str, item: int | None) -> list[str]:
    """The lead-in of an article listing acts that fines a sum for each of them (有下列行为之一的，……对个人并处五千元
    以下的罚款……：（一）侵占人民防空工程的), where the clause's conduct is one of its items."""
    if item is None:
        return []
    lead = article_text.split("\n", 1)[0]
    return [lead] if not _ITEM.match(lead.strip()) and lays_fine(lead) else []


# a later paragraph fining the items of the paragraph before it (个人有前款第二项、第三项……行为之一的，处警告或者五百元以下罚款)
_FORMER_ITEMS = re.compile(r"前款(?=第[一二三四五六七八九十]+项)")


# words any conduct is said with (违反规定, 未按照规定, 擅自): shared with every article, they tell no conduct apart
_GENERIC_CONDUCT = re.compile(r"违反[^，。；]{0,8}?规定|(?:未|不)?按(?:照)?(?:有关|相关)?规定|有关规定|擅自")


# a conduct the document defines by its own article (违反本办法第七条规定的, 不符合本规定第十一条): no law states it,
# whatever the law's words "违反本法第七条规定" share with it (round 35, lead35: test_guard27's 经营者违反本办法第七条规定的)
_OWN_ARTICLE = re.compile(r"(?:(?:违反|不符合|未按照?|不按照?)(?:本|该)|本(?:条例|规定|办法|细则|决定))[^，。；]{0,4}?"
                          r"第[一二三四五六七八九十百零〇\d]+条")


def names_a_conduct(conduct_text: str) -> bool:
    """Whether a clause's case names a conduct, not only a tier's circumstance (情节严重, 逾期不改正, 拒不改正):
    CONDUCT_SHARED content bigrams left once the circumstance is taken out (review.law_fines.case_of's tiers)."""
    from .compare.matter import content_bigrams
    from .law_fines import case_of

    return len(content_bigrams(case_of(conduct_text + "的，"))) >= CONDUCT_SHARED


def own_article_conduct(conduct_text: str) -> bool:
    """Whether a conduct is defined by the document's own article (违反本规定第十一条规定): no law states it."""
    return bool(_OWN_ARTICLE.search(conduct_text))


def distinct_conduct(conduct_text: str) -> str:
    """The conduct without the words any conduct is said with (机动车违反规定停放 → 机动车停放)."""
    return _GENERIC_CONDUCT.sub("", conduct_text)


def own_fining_paragraphs(article_text: str, item: int | None, conduct_text: str) -> list[str]:
    """The paragraphs of the article stating a conduct that fine it themselves: the lead-in of a list of acts
    (``lead_in_fine``) and a later paragraph fining the former paragraph's items, the conduct's among them (消防法
    第六十条第二款: 个人有前款第二项、第三项、第四项、第五项行为之一的，处……五百元以下罚款); or, where a paragraph listing no
    acts states the conduct more fully than the item does, that paragraph (机动车驾驶人违反……关于道路通行规定的，处警告
    或者二十元以上二百元以下罚款; 饲料和饲料添加剂管理条例 第四十七条第二款's 添加……禁用的物质 beside 第一款's item
    (四) 添加饲料添加剂) — most of the conduct, not an actor's name (机动车驾驶人) shared with another act, or the
    fining paragraph stating most of it where the article states it over two (道路交通安全法 第九十三条)."""
    distinct = distinct_conduct(conduct_text)
    by_item = list(lead_in_fine(article_text, item))
    if own_article_conduct(conduct_text) or not names_a_conduct(conduct_text):
        return by_item     # a conduct the document defines by its own article (违反本条例第十六条规定……) no law states;
                           # a tier's circumstance alone (情节严重的，处五千元罚款) is no conduct
    stating: list[tuple[float, str]] = []
    for para in article_text.split("\n"):
        if _ITEM.match(para.strip()) or para in by_item or not lays_fine(para):
            continue
        former = _FORMER_ITEMS.search(para)
        if former:
            if item is not None and item in cited_items(para, former.end()):
                by_item.append(para)
        else:
            stating.append((conduct_share(distinct, para, None), para))
    best = max((share for share, _ in stating), default=0.0)
    item_share = conduct_share(distinct, article_text, item) if item is not None and by_item else 0.0
    if best <= item_share:
        return by_item
    whole = conduct_share(distinct, article_text, None) >= PARAGRAPH_STATES
    paras = [para for share, para in stating if share == best and (share >= PARAGRAPH_STATES or whole and share)]
    return paras or by_item


# the share of a conduct a paragraph listing no acts must state to be the one fining it: more than an item's, since
# a generic act (提供虚假材料……取得) shared with a paragraph about another object (人类遗传资源) is most of a short conduct
PARAGRAPH_STATES = 0.75


def _law_ranges(paragraphs: list[str]) -> list[tuple]:
    """Every sum the paragraphs fine, with the paragraph it stands in and the bearer it is laid on (None: anyone)."""
    from .quantities import find_quantities

    return [(q, p, fined_bearer(p, q.start) or _opening_bearer(p)) for p in paragraphs for q in find_quantities(p)
            if q.dim in SUM_DIMS and not per_unit(p, q.start)]


def _opening_bearer(paragraph: str) -> str | None:
    """The bearer a paragraph opens with (个人有前款第二项……行为之一的，处……), or None."""
    m = _BEARER.match(paragraph.strip())
    return BEARERS[m.group(0)] if m else None


def _clause_sums(clause_text: str) -> list[tuple]:
    """Every sum ``clause_text`` fines (not counted per occurrence), with the bearer it is laid on: the one named just
    before it (对单位可以处10万元以下罚款，对个人可以处5000元以下罚款), else the clause's only one, else None."""
    from .quantities import find_quantities

    named = {BEARERS[w] for w in _BEARER.findall(clause_text)}
    only = next(iter(named)) if len(named) == 1 else None
    return [(c, fined_bearer(clause_text, c.start) or only) for c in find_quantities(clause_text)
            if c.dim in SUM_DIMS and not per_unit(clause_text, c.start)]


def _for_sum(clause_sum, bearer, ranges: list[tuple]) -> list:
    """The law's ranges a clause's sum is held to: the same measure (被骗取资金一倍以上三倍以下 against 10%以上50%以下),
    laid on its bearer or on anyone."""
    return [u for u, _, b in ranges if u.dim == clause_sum.dim and (bearer is None or b in (None, bearer))]


def ceiling_exceeded(clause_text: str, paragraphs: list[str]):
    """(the clause's sum, the law's highest sum) where a sum ``clause_text`` fines lies above every range
    ``paragraphs`` (the law's fines for the conduct, all its tiers: 逾期不改正的, 情节严重的) give for the same dimension
    and for the bearer it is laid on: no tier of the law reaches it, so the clause raises the law's fine
    (行政处罚法 第十四条: a rule may only specify within the range a law or regulation lays). None otherwise — a sum
    within some tier, a sum counted per occurrence, a dimension the law does not use."""
    ranges = _law_ranges(paragraphs)
    for c, bearer in _clause_sums(clause_text):
        same = _for_sum(c, bearer, ranges)
        if same and all(u.hi is not None for u in same):
            top = max(same, key=lambda u: u.upper_bound)
            if c.upper_bound > top.upper_bound:
                return c, top
    return None


def within_for_bearer(clause_text: str, compared: str, paragraphs: list[str]) -> bool:
    """Whether a clause's fine that a comparison with the paragraph ``compared`` reads as changed is the law's all the
    same, because ``compared`` lays its sums on another bearer than the clause fines (消防法 第六十条第一款's 单位
    range for a clause fining 个人) and every sum of the clause lies inside a range ``paragraphs`` lay on the clause's
    bearer (第二款: 个人……五百元以下). Tiers by circumstance (逾期不改正的, 情节严重的) are not read here: a clause's
    sum inside another circumstance's range is still changed."""
    sums = _clause_sums(clause_text)
    bearers = {bearer for _, bearer in sums}
    if not sums or None in bearers:
        return False
    theirs = {b for _, _, b in _law_ranges([compared])}
    if not theirs or theirs & bearers or None in theirs:
        return False
    ranges = [r for r in _law_ranges(paragraphs) if r[2] is not None]
    return all(any(u.lower_bound <= c.lower_bound and c.upper_bound <= u.upper_bound
                   for u in _for_sum(c, bearer, ranges) if u is not None) for c, bearer in sums)


def ceiling_change(clause_sum, law_top):
    """The comparison's change (review.compare.model.Change) for a sum above the law's highest: graded as a raised
    fine (grading.toml [[amount]] case = "raised", penal)."""
    from .compare.grading import amount_noun, grade
    from .compare.model import Change

    words = {"noun": amount_noun(law_top.dim, True), "upper": law_top.text, "clause": clause_sum.text,
             "upper_max": law_top.hi_text or law_top.text, "clause_max": clause_sum.hi_text or clause_sum.text,
             "upper_min": law_top.lo_text or law_top.text, "clause_min": clause_sum.lo_text or "不设下限"}
    g = grade("amount", {"case": "raised", "penal": True}, **words)
    return Change("amount", g.severity, clause_sum.text, law_top.text, g.message, clause_sum.start, law_top.start,
                  g.strong, True)


_KUAN_AFTER = re.compile(r"^第([一二三四五六七八九十]+)款")


def conduct_paragraph(article_text: str, conduct_text: str) -> int | None:
    """The 款 (1-based, items not counted) of an article with several that states most of the conduct, or None."""
    kuan = [line for line in article_text.split("\n") if line.strip() and not _ITEM.match(line.strip())]
    if len(kuan) < 2:
        return None
    shares = [conduct_share(conduct_text, k, None) for k in kuan]
    return shares.index(max(shares)) + 1 if max(shares) > 0 else None


def citing_paragraphs(article_text: str, ref: re.Pattern, item: int | None, kuan: int | None = None) -> list[str]:
    """The paragraphs of ``article_text`` that cite the reference ``ref`` and fine a sum — for the conduct's ``item``
    where the reference lists items, for the conduct's ``kuan`` where it names one (人力资源市场暂行条例 第四十二条:
    第一款 fines 第十八条第一款's conduct, 第二款 第十八条第二款's)."""
    out = []
    for para in article_text.split("\n"):
        for m in ref.finditer(para):
            named = _KUAN_AFTER.match(para[m.end():])
            if named and kuan is not None and cn_to_int(named.group(1)) != kuan:
                continue
            items = cited_items(para, m.end() + (named.end() if named else 0))
            if items and item is not None and item not in items:
                continue
            if lays_fine(para[m.end():]):
                out.append(para)
                break
    return out


# round 32 (look32): whether a clause fining a conduct keeps to the law's range for it (review.engine.fine_provided)
CONDUCT_RESTATED = 0.6    # share of the clause's conduct the article states, for its fine to be the law's
SUM_DIMS = ("money", "ratio")   # a multiple is a ratio (review.quantities)
# a fine laid besides the law's treatment (除依法处理外，……处以每人次500元罚款): the clause's own, whatever its sum
ON_TOP_OF_LAW = re.compile(r"除[^，。；]{0,8}(处理|处罚|查处|追究|惩处)[^，。；]{0,4}(外|以外|之外)")
# a sum counted per occurrence, person or day (每人次500元, 每日1000元): its total has no bound the law's range holds
PER_UNIT = re.compile(r"每[^，。；\d一二三四五六七八九十百千万]{0,4}$")
PER_UNIT_REACH = 8
# who a fine is laid on, where a law fines persons and bodies apart (对个人并处五千元以下的罚款、对单位并处一万元至五万元的罚款)
BEARERS = {"个人": "个人", "自然人": "个人", "公民": "个人", "单位": "单位", "企业": "单位", "法人": "单位"}
_BEARER = re.compile("|".join(BEARERS))
BEARER_REACH = 25       # characters before a sum read for the bearer it is laid on


def fined_bearer(text: str, at: int) -> str | None:
    """The bearer (个人 or 单位) named last in the phrase run before offset ``at`` of ``text``, or None."""
    found = _BEARER.findall(text[max(0, at - BEARER_REACH):at].split("；")[-1])
    return BEARERS[found[-1]] if found else None


def sums_within(clause_text: str, paragraph: str) -> bool:
    """Whether every sum of ``clause_text`` (money, a multiple, a ratio) lies inside a range ``paragraph`` gives for
    the same dimension (500元以上1000元以下 inside 1000元以下, not inside 1万元以上5万元以下): the comparison may align
    the clause with another figure of the article, or with none."""
    from .quantities import find_quantities

    mine = {BEARERS[w] for w in _BEARER.findall(clause_text)}
    ranges = [q for q in find_quantities(paragraph) if q.dim in SUM_DIMS
              and (len(mine) != 1 or fined_bearer(paragraph, q.start) in (None, *mine))]
    sums = [q for q in find_quantities(clause_text) if q.dim in SUM_DIMS]
    return bool(sums) and all(any(u.dim == c.dim and u.lower_bound <= c.lower_bound and c.upper_bound <= u.upper_bound
                                  and per_unit(paragraph, u.start) == per_unit(clause_text, c.start)
                                  for u in ranges) for c in sums)


def per_unit(text: str, at: int) -> bool:
    """Whether the sum at ``at`` is counted per occurrence (每人次, 每日, 每件 just before it)."""
    return bool(PER_UNIT.search(text[max(0, at - PER_UNIT_REACH):at]))
