"""The upper law a document implements (review/governing.py): found from the document's own title and basis clause,
and a clause in the drafter's own words compared with it — only a figure the comparison reads on both texts counts."""

from __future__ import annotations

import pytest

from review.governing import altered_clauses, governing_laws, named_laws, subject
from review.model import Clause

AS_OF = "2026-12-01"


@pytest.mark.parametrize("title, core", [
    ("天津市居住证管理办法", "居住证"),                               # place and form words go
    ("福建省实施《居住证暂行条例》办法", "居住证"),
    ("广东省医疗纠纷预防与处理办法", "医疗纠纷预防和处理"),             # 与 reads as 和
    ("居住证暂行条例", "居住证"),
])
def test_subject(title, core):
    assert subject(title) == core


def test_named_laws_from_title_and_basis_clause():
    text = "第一条　为了规范医疗纠纷处理，根据《医疗纠纷预防和处理条例》，结合本省实际，制定本办法。"
    assert named_laws("某省实施《居住证暂行条例》办法", text) == ["居住证暂行条例", "医疗纠纷预防和处理条例"]
    # a law named later in the text, outside the basis clause, is not the document's basis
    assert named_laws("某市养犬管理规定", "第九条　违反《治安管理处罚法》的，依法处理。") == []


@pytest.mark.parametrize("title, text, law", [
    ("天津市居住证管理办法", "", "居住证暂行条例"),                                      # by subject
    ("广东省医疗纠纷预防与处理办法", "", "医疗纠纷预防和处理条例"),
    ("某市流动人口服务办法", "第一条　根据《居住证暂行条例》，制定本办法。", "居住证暂行条例"),   # named in the basis
])
def test_governing_laws(corpus, title, text, law):
    assert law in [g.title for g in governing_laws(corpus, title, text, AS_OF)]


BODY = ("第一条　为了加强流动人口服务管理，制定本条例。\n" + "".join(
    f"第{n}条　流动人口居住三十日以上的，应当申领居住证；居住证由公安机关签发。\n" for n in "二三四五六七")
        + "第三十条　违反本条例第二十六条规定，非法扣押居住证的，由公安机关责令改正，并可以处警告或者200元以上1000元以下罚款。\n")


def test_body_subject(corpus):
    """A 流动人口 regulation that regulates 居住证 throughout (D103, D094) implements the 居住证暂行条例 without naming
    it: the subject its body names most often, often enough, governs."""
    from review.governing import _laws_in_force, body_subject

    laws = _laws_in_force(corpus, AS_OF)
    w, core, n = body_subject(BODY, laws)
    assert (w["title"], core, n) == ("居住证暂行条例", "居住证", 13)
    # named now and then: not what the document is about
    assert body_subject("第一条　持居住证的，可以申请积分。\n" + "第二条　申请人应当提交身份证明。\n" * 30, laws) is None


def test_a_fine_compared_with_the_article_about_its_matter(corpus):
    """A fine for 非法扣押 is compared with 第十八条 (its matter), not 第十九条 (which shares only the fine range):
    1000 is above the ceiling of 200."""
    laws = governing_laws(corpus, "某省流动人口服务管理条例", BODY, AS_OF)
    assert [g.title for g in laws] == ["居住证暂行条例"] and "通篇" in laws[0].why
    text = "违反本条例第二十六条规定，非法扣押《某省居住证》的，由公安机关责令改正，并可以处警告或者200元以上1000元以下罚款。"
    [f] = altered_clauses([_clause(text)], laws)
    assert f.upper.article_label == "第十八条" and "1000元" in f.problem and f.severity == "error"


@pytest.mark.parametrize("title, text", [
    ("某市工业区升级改造试点项目的意见", ""),                                              # no law of that subject
    # a 经济特区 regulation may vary the 行政法规 in the zone (立法法 第一百零一条): the subject does not govern
    ("深圳市居住登记和居住证办理规定", "第一条　根据《深圳经济特区居住证条例》，制定本规定。"),
])
def test_no_governing_law(corpus, title, text):
    assert "居住证暂行条例" not in [g.title for g in governing_laws(corpus, title, text, AS_OF)]


def _clause(text: str) -> Clause:
    return Clause(index=0, label="第十三条", text=text, start=0, end=len(text), paragraph=0)


@pytest.mark.parametrize("title, text, expected", [
    # a time limit the authority extends, in the drafter's own words (居住证暂行条例 第九条: 15日内)
    ("天津市居住证管理办法", "对经核定符合办理条件的，市公安机关制证部门应当自受理单位开具收件凭证之日起20个工作日内"
                          "完成证件制作。", "20个工作日内"),
    # a fine above the article's ceiling (居住证暂行条例 第十八条: 200元以下)
    ("某市居住证管理办法", "非法扣押他人居住证的，由公安机关给予警告、责令改正，处1000元以下罚款。", "1000元"),
    # shorter than the upper limit: favourable to the applicant, not reported
    ("天津市居住证管理办法", "对符合居住证办理条件的，公安机关应当自受理之日起10日内制作发放居住证。", None),
    # the article's own ceiling
    ("某市居住证管理办法", "非法扣押他人居住证的，由公安机关给予警告、责令改正，处200元以下罚款。", None),
    # a time limit about another matter than the article's (a different subject, a shared formula)
    ("天津市居住证管理办法", "申请人应当自收到补正通知之日起30日内补齐积分入户申报材料。", None),
    # a step joined to the article's own conditions (居住证暂行条例 第二条: 到其他城市居住半年以上)
    ("某省实施《居住证暂行条例》办法", "公民离开常住户口所在地，到其他城市居住并办理暂住登记半年以上，符合下列条件之一的，"
                                   "可以申领居住证：", "并办理暂住登记"),
    # all of the conditions where the article asks for one
    ("某市居住证管理办法", "公民离开常住户口所在地，到本市居住半年以上，同时符合有合法稳定就业、合法稳定住所、连续就读条件的，"
                        "可以申领居住证。", "同时符合"),
    # the article restated with the place named: no condition added
    ("某市居住证管理办法", "公民离开常住户口所在地，到本市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，"
                        "可以申领居住证。", None),
    # a condition word in the drafter's own sentence, not joined to the article's conditions: not reported
    ("某市居住证管理办法", "申领居住证的，应当到居住地公安派出所办理，并提供本人居民身份证。", None),
])
def test_altered_clauses(corpus, title, text, expected):
    laws = governing_laws(corpus, title, "", AS_OF)
    found = altered_clauses([_clause(text)], laws)
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0].quote and "居住证暂行条例" in found[0].problem
        assert found[0].upper is not None and found[0].upper.law == "居住证暂行条例"


def test_sweep_compares_with_the_governing_law(corpus, tmp_path):
    """The sweep (upper_law off: no corpus-wide search) still compares the clauses with the law the document
    implements, and its 清理目录 entry lists the clause to change; without the topic it does not."""
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS, Reviewer, SweepOptions

    path = tmp_path / "居住证.txt"
    path.write_text("某市居住证管理办法\n第一条　为了规范居住证管理，根据《居住证暂行条例》，制定本办法。\n"
                    "第二条　对经核定符合办理条件的，市公安机关制证部门应当自受理单位开具收件凭证之日起20个工作日内完成证件制作。\n"
                    "第三条　本办法自2026年1月1日起施行，有效期5年。\n", encoding="utf-8")
    rules = load_packs()
    result = Reviewer(corpus, rules, SweepOptions(as_of=AS_OF)).review(path)
    upper = [f for f in result["findings"] if f["rule"] == "UPPER-ALTERED"]
    assert upper and "20个工作日内" in upper[0]["quote"] and "居住证暂行条例" in upper[0]["problem"]
    assert result["disposition"] == "修改" and "第二条" in "".join(result["clauses_to_change"])
    others = tuple(t for t in SWEEP_TOPICS if t != "upper-law")
    result = Reviewer(corpus, rules, SweepOptions(as_of=AS_OF, topics=others)).review(path)
    assert not [f for f in result["findings"] if f["rule"] == "UPPER-ALTERED"]


MATERIALS_HEADER = "申领居住证时，应当提供下列基本材料："


@pytest.mark.parametrize("item, missing", [
    # a document the article's list of materials (居住证暂行条例 第九条) does not name
    ("（二）居民身份证和居民户口簿；", "居民户口簿"),
    ("（三）婚姻状况证明和结婚证；", "结婚证"),
    # the article's own materials, in the drafter's words
    ("（二）本人居民身份证；", None),
    ("（一）居住证申请表和近期证件照片；", None),          # a form and a photo are no document the law must name
    # alternatives: either will do
    ("（二）居民身份证或者居民户口簿；", None),
    # a document the clause asks for on a basis it cites
    ("（四）依照《某省流动人口服务管理条例》第十条取得的流动人口婚育证；", None),
])
def test_a_material_the_articles_list_lacks(corpus, item, missing):
    laws = governing_laws(corpus, "天津市居住证管理办法", "", AS_OF)
    clause = Clause(index=3, label="第十条（二）", text=item, start=0, end=len(item), paragraph=0,
                    header=MATERIALS_HEADER)
    found = altered_clauses([clause], laws)
    if missing is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].quote == missing and "第九条" in found[0].problem
        assert "本人居民身份证、本人相片" in found[0].problem   # the article's own list, quoted


def test_a_material_under_another_header_is_not_compared(corpus):
    laws = governing_laws(corpus, "天津市居住证管理办法", "", AS_OF)
    item = "（二）居民户口簿；"
    clause = Clause(index=3, label="第十条（二）", text=item, start=0, end=len(item), paragraph=0,
                    header="公安派出所应当核对下列事项：")
    assert altered_clauses([clause], laws) == []


def test_a_material_list_open_to_other_law_is_not_compared(corpus):
    # 海域使用管理法 第十六条: 申请人应当提交下列书面材料 … （四）法律、法规规定的其他书面材料
    laws = governing_laws(corpus, "某市海域使用管理办法", "第一条　根据《中华人民共和国海域使用管理法》，制定本办法。", AS_OF)
    item = "（五）海上构筑物登记证书；"
    clause = Clause(index=3, label="第八条（五）", text=item, start=0, end=len(item), paragraph=0,
                    header="申请使用海域的，申请人应当提交下列书面材料：")
    assert laws and altered_clauses([clause], laws) == []


# -- the shortcuts are exact: each gives what the full computation gives (bench/README.md, round 6 speed) ----------
REAL_DOCS = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"


def _real_sentences_and_laws(corpus, limit: int = 12):
    """(sentences, governing laws) of the real documents that implement a law (the first ``limit`` of them)."""
    import re

    from review.readers import read_document

    out = []
    for path in sorted(REAL_DOCS.glob("*.txt")):
        doc = read_document(path)
        laws = governing_laws(corpus, doc.title, doc.text, AS_OF)
        if laws:
            out.append(([s for s in re.split(r"(?<=[。；\n])", doc.text) if len(s.strip()) >= 12][:150], laws))
        if len(out) >= limit:
            break
    return out


def test_closest_article_at_least_is_the_full_ranking_cut(corpus):
    """``closest_article(..., at_least=X)`` ranks only the articles that reach X (rapidfuzz's score_cutoff), and
    still answers what the full ranking answers, less the hits below X — also where an article below X would be
    the one chosen by matter (then: no hit, as before)."""
    from review.governing import LOW_COVERAGE, MIN_COVERAGE, closest_article

    pairs = _real_sentences_and_laws(corpus)
    if not pairs:
        pytest.skip("the real documents are not here")
    compared = 0
    for sentences, laws in pairs:
        for s in sentences:
            for by_matter, cut in ((True, LOW_COVERAGE), (False, MIN_COVERAGE), (True, 60.0)):
                hit, score = closest_article(s, laws, by_matter=by_matter)
                expected = (hit, score) if hit is not None and score >= cut else (None, 0.0)
                assert closest_article(s, laws, by_matter=by_matter, at_least=cut) == expected, s
                compared += 1
    assert compared > 500


def test_body_subject_counts_as_a_full_scan(corpus):
    """The rarest-character bound rules out only laws whose subject the text cannot name often enough."""
    from review.governing import _laws_in_force, _often_enough, body_subject

    laws = _laws_in_force(corpus, AS_OF)

    def full(text):
        best = None
        for w, core in laws:
            n = text.count(core)
            if _often_enough(n, len(text)) and (best is None or n > best[2]):
                best = (w, core, n)
        return best

    texts = [BODY, BODY * 3, "居住证" * 40, "第一条　持居住证的，可以申请积分。\n" * 5]
    texts += [p.read_text(encoding="utf-8") for p in sorted(REAL_DOCS.glob("*.txt"))[:60]]
    for text in texts:
        assert body_subject(text, laws) == full(text)
