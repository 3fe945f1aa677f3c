"""A fine the law lays for the conduct a clause fines, kept within the law's range (round 35, prec35, issue 9).

A county document may grade a fine the law lays (行政处罚法 第三十四条: 行政机关可以依法制定行政处罚裁量基准): 擅自改装
户内燃气设施……按照下列基准处罚：（一）个人首次被查处且未造成损失的，处300元以下罚款 against 城镇燃气管理条例 第四十九条,
or restate it with one of its conditions (森林防火期内未经批准擅自在森林防火区野外用火，个人初次违法……并处200元以上500元
以下罚款 against 森林防火条例 第五十条). The penalty is the law's; the content rule reads only that the clause fines. The
upper-law comparison finds such a clause rarely: its words are a tier's, the article's a range's.

``within_law`` reads the clause as a reader of the law does: the case it fines (its words, or its list header's, before
的，; ``case_of`` leaves out the tier's own conditions — 初次违法, 未造成损失, 情节较重), the in-force 法律/行政法规 article
the corpus search finds stating that case (review.cited_fines.conduct_share from CONDUCT_RESTATED), every sum of the
sentence inside a range that article gives (sums_within, for the bearer it fines), every sanction the sentence names
in the article, nothing laid on top of the law's treatment (ON_TOP_OF_LAW). A fine above the range, a sanction the law
does not name, another conduct, or an article not in force stays a finding.
"""

from __future__ import annotations

import re

COMPARED = 5
# a tier's own condition, not the conduct: 初次违法, 首次被查处, 未造成损失, 造成严重后果, 情节较轻, 主动退回, 及时改正
_TIER = re.compile(r"初次|首次|再次|多次|第[一二三]次|累计|未造成|立即|造成[^，。；]{0,8}(?:后果|损失|影响)|情节|主动|及时|拒不|"
                   r"违法所得|金额|数额|面积|不超过|以上|以下")


# a tier's count opening the conduct itself (首次使用超过检定周期的计量器具): the count goes, the conduct stays
_TIER_LEAD = re.compile(r"^(?:个人|单位)?(?:初次|首次|再次|第[一二三]次)")


def case_of(text: str) -> str:
    """The conduct ``text`` fines: its words before the first 的， (review.cited_fines.conduct), without the phrases
    that are a tier's condition (个人初次违法且未造成损失); '' where it opens with no case, or with one the document
    defines by its own article."""
    from .cited_fines import conduct, own_article_conduct

    case = conduct(text)
    if own_article_conduct(case):
        return ""
    pieces = (_TIER_LEAD.sub("", p) for p in re.split(r"[，,、]|且|并且|系", case))
    return "，".join(p for p in pieces if len(p) > 2 and not _TIER.search(p))


def laid_by(sentence: str, case: str, article_text: str, lead_in: bool = False) -> bool:
    """Whether ``article_text`` states ``case`` and lays the fines of ``sentence`` within its range (pure). A grading
    ``lead_in`` (……按照下列标准处以罚款：) names no sum of its own: the article must lay one, and its items' sums are
    read on the items."""
    from .cited_fines import CONDUCT_RESTATED, ON_TOP_OF_LAW, best_item, conduct_share, lays_fine, sums_within
    from .engine import MEASURE_RX

    if conduct_share(case, article_text, best_item(case, article_text)) < CONDUCT_RESTATED:
        return False
    if any(party in case for party in _EXCEPTED.findall(article_text)):
        return False      # 经济普查对象(个体经营户除外)……: the article does not fine the party the clause fines
    if ON_TOP_OF_LAW.search(sentence):
        return False
    if not (lays_fine(article_text) if lead_in else sums_within(sentence, article_text)):
        return False
    if not all(m in article_text for m in MEASURE_RX["penalty"].findall(sentence)):
        return False
    return not own_sanctions(sentence, article_text)


# the sanctions a graded fine comes with that the law's article may lay in other words (罚款, 警告, 没收, 责令改正)
_THE_LAWS = frozenset({"sanction.fine", "sanction.warning", "sanction.confiscation", "sanction.penal_sum"})


def own_sanctions(sentence: str, article_text: str) -> list[str]:
    """The sanctions (review/lexicons/sanctions.toml, group ``sanction``) ``sentence`` names in words the article does
    not use: 纳入失信名单, 三年内不得申请 beside a fine the law lays — the clause's own, however the fine keeps to the
    range."""
    from .norms.lexicon import default_lexicon

    lexicon = default_lexicon()
    out = []
    for name in lexicon.members_of("sanction"):
        if name in _THE_LAWS or name not in lexicon:
            continue
        for a, b in lexicon.find(name, sentence):
            if sentence[a:b] not in article_text:
                out.append(sentence[a:b])
    return out


def within_law(f, store, as_of: str | None) -> bool:
    """Whether a penalty finding ``f`` fines, within its range, the case an in-force 法律/行政法规 article fines."""
    if f.category != "penalty" or f.clause is None or not hasattr(store, "conn"):
        return False
    from .cited_fines import CONDUCT_SHARED, lays_fine
    from .compare.matter import content_bigrams
    from .sentences import ARTICLE_LEAD, sentence_of

    text = f.clause.text
    sentence = ARTICLE_LEAD.sub("", sentence_of(text, max(text.find(f.quote or ""), 0)), count=1)
    lead_in = not lays_fine(sentence) and bool(_GRADING_LEAD.search(sentence))
    if not lays_fine(sentence) and not lead_in:
        return False
    header = f.clause.header or ""
    case = case_of(header) if header and not _OPEN_HEADER.search(header) else ""
    case = case or case_of(sentence) or (_item_case(sentence) if header else "")
    if not case or len(content_bigrams(case)) < CONDUCT_SHARED:
        return False
    from .engine import UPPER_VOTED_SCORE   # a search of a case alone scores low on its few words
    from .granted import closest_laws

    hits = closest_laws(store, case, as_of, COMPARED)
    # (every sum and sanction of the clause, not of the quote's sentence alone: ……；造成林木损毁的，在一千元以上五千元以下
    # 的幅度内处以罚款 after a first tier within the range)
    whole = ARTICLE_LEAD.sub("", text, count=1)
    return any((h.score or 0) >= UPPER_VOTED_SCORE and laid_by(whole, case, _with_fines(store, h, case, as_of), lead_in)
               and same_bodies(f"{header}{sentence}", h.text or "") for h in hits)


def _with_fines(store, hit, case: str, as_of: str | None) -> str:
    """The text of the article ``hit`` is, followed by the paragraphs elsewhere that fine its conduct by reference
    (古树名木保护条例 第二十七条第二款 for 第十七条第六项's 破坏古树名木保护设施): what a reader of the law reads as the
    law's treatment of ``case``. The hit's own text where the article cannot be had."""
    from .cited_fines import best_item
    from .governing import _articles

    own = hit.text or ""
    if hit.work_id is None or not as_of:
        return own
    article = next((a for a in _articles(store, hit.work_id, as_of)
                    if a.article == hit.article and a.article_sub == hit.article_sub), None)
    if article is None:
        return own
    cited = [para for a, _, para in fining_paragraphs(store, article, best_item(case, article.text), case, as_of)
             if a is not article and para not in article.text]
    return "\n".join([article.text, *cited])


# the parties an article leaves out of those it fines (经济普查对象(个体经营户除外))
_EXCEPTED = re.compile(r"[（(]([^（）()，。]{1,20}?)除外[)）]")
# a lead-in grading a fine over its items (……按照下列标准处以罚款：, 罚款裁量基准如下：)
_GRADING_LEAD = re.compile(r"(?:下列|以下|如下)[^，。；：]{0,6}(?:标准|基准|幅度|档次)[^。；：]{0,8}[：:]\s*$|"
                           r"(?:标准|基准)(?:如下)?[：:]\s*$")
# a list header naming no conduct of its own (有下列行为之一的，……处……罚款：): the item is the case
_OPEN_HEADER = re.compile(r"(?:下列|以下|如下)[^，。；：]{0,6}(?:行为|情形|情况)")


def _item_case(item: str) -> str:
    """A list item's own words as the case (（二）擅自在农村供水管网上私接支管的 → 擅自在农村供水管网上私接支管)."""
    return re.sub(r"^[（(][一二三四五六七八九十\d]+[)）]|的?[；;。]?$", "", item.strip())


def same_bodies(text: str, article_text: str) -> bool:
    """Whether every kind of body holding no power of its own (review.granted's table: a township, a street office, a
    village committee, a 指挥部) that ``text`` names is one the article names too: a township fining what the law
    lets a department fine fines without power, however the sum keeps to the range."""
    from .granted import bodies_named_by_law, bodies_in

    return bodies_in(text) <= bodies_named_by_law(article_text)


def fining_paragraphs(store, conduct_article, item: int | None, act: str, as_of: str) -> list[tuple]:
    """(article, its 款's label, the 款) of every paragraph fining a sum for the conduct ``act`` (``item`` of
    ``conduct_article``, a 法律/行政法规 article as of ``as_of``): the article's own (review.cited_fines
    .own_fining_paragraphs), the paragraphs citing it in its own law (本条例第十七条第五项) and those of the laws naming
    it by title (《土地管理法》第七十七条; review.cited_fines.citing_paragraphs)."""
    from statutes.keys import normalise_title
    from statutes.numerals import int_to_cn

    from .cited_fines import citing_paragraphs, conduct_paragraph, own_fining_paragraphs, reference_rx
    from .governing import _articles

    short = normalise_title(conduct_article.law or "")
    sources = [(conduct_article.work_id, reference_rx(conduct_article.article, own=True))]
    sources += [(w, reference_rx(conduct_article.article, own=False, short_title=short))
                for w in works_citing(store, short, conduct_article.article) if w != conduct_article.work_id]
    paras = conduct_article.text.split("\n")
    out = [(conduct_article, f"第{int_to_cn(paras.index(para) + 1)}款" if len(paras) > 1 else "", para)
           for para in own_fining_paragraphs(conduct_article.text, item, act)]
    kuan = conduct_paragraph(conduct_article.text, act)     # the conduct's 款, read once for every citing article
    for work_id, ref in sources:
        for a in _articles(store, work_id, as_of):
            paras = a.text.split("\n")
            for para in citing_paragraphs(a.text, ref, item, kuan):
                label = f"第{int_to_cn(paras.index(para) + 1)}款" if len(paras) > 1 else ""
                out.append((a, label, para))
    return out


def works_citing(store, short_title: str, article: int) -> list[int]:
    """The works whose articles cite 《SHORT》第N条 (remembered per store)."""
    from statutes.keys import CN_PREFIX
    from statutes.numerals import article_label

    from .governing import _cache

    key = ("citing", short_title, article)
    cache = _cache(store)
    if key not in cache:
        label = article_label(article)
        # the two titles as FTS5 phrases (the trigram index; a LIKE over every provision took 0.2 s a key)
        phrases = " OR ".join('"' + f"《{t}》{label}".replace('"', '""') + '"'
                              for t in (short_title, CN_PREFIX + short_title))
        rows = store.conn.execute(
            "SELECT DISTINCT v.work_id FROM provisions_fts f JOIN provisions p ON p.id = f.rowid "
            "JOIN versions v ON v.id = p.version_id WHERE provisions_fts MATCH ? AND p.kind = 'article'",
            (phrases,)).fetchall()
        cache[key] = [r[0] for r in rows]
    return cache[key]
