"""Why an upper-law case is caught or missed: is the governing article retrieved, and if so what is graded?

    python bench/upper_diag.py [--dir tests/fixtures/rewordings ...] [--db PATH] [--verbose]

For every upper-law clause of the rewording sets (category "upper-law", positive or negative) this prints the
article that governs it (the case's ``upper`` field, else the first 《X》第N条 of its note, else ``KNOWN`` below),
where that article stands among the corpus-wide search hits the engine uses (``review.engine.upper_law_findings``:
one of the best three at ``UPPER_MIN_SCORE``, else the best at ``UPPER_WEAK_SCORE``, or at ``UPPER_VOTED_SCORE`` when
the best five agree on its law: ``read_as_candidate``), whether the document's governing laws hold it
(``review.governing``), what ``review.compare.compare`` reads when the clause is set against it, and what the whole
engine reports. Each case ends in one of:

* ``caught`` / ``clean`` — a positive flagged upper-law / a negative not flagged at all;
* ``retrieval-miss`` — the governing article is not among the candidates either path compares with;
* ``grading-miss`` — it is, but no change is reported (the comparison reads none, or a gate drops it);
* ``false-alarm`` — a negative flagged.

A retrieval miss is told apart (``miss_kind``): absent from the hits, outranked, or the best hit below its floor; and
reachable (the article scores at least UPPER_WEAK_SCORE against the clause: a candidate-selection matter) or reworded
(it would not, however it were retrieved: a matter of scoring the clause's own words, not of the candidates).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.rewording_eval import AS_OF, LABEL, TITLES, Text, draft_lines  # noqa: E402

# the governing article of cases whose note does not name one (heldout_round4 has no notes)
KNOWN = {
    "非机动车驾驶人违反道路通行规定的，处一百元罚款。": "道路交通安全法 第八十九条",
    "机动车违反规定停放的，一律处五百元罚款。": "道路交通安全法 第九十三条",
    "县行政审批局应当自受理行政许可申请之日起三十日内作出决定。": "行政许可法 第四十二条",
    "公安派出所应当自受理居住证申请之日起三十日内制作发放居住证。": "居住证暂行条例 第九条",
    "申领居住证的，除提交居民身份证、本人相片以及居住地住址、就业、就读等证明材料外，还应当提交本县户籍人员出具的担保书。":
        "居住证暂行条例 第九条",
    "当事人申请听证的期限为收到听证告知书之日起三日。": "行政处罚法 第六十四条",
    "执法人员当场作出行政处罚决定的，对公民的罚款数额可以至五百元。": "行政处罚法 第五十一条",
    "县城市管理局拟作出吊销许可证件、较大数额罚款决定的，可以视情况告知当事人有要求听证的权利。": "行政处罚法 第六十三条",
    "违法行为在三年内未被发现的，不再给予行政处罚。": "行政处罚法 第三十六条",
    "被许可人需要延续行政许可有效期的，应当在有效期届满六十日前提出申请。": "行政许可法 第五十条",
    "申请人对本局作出的行政许可决定不服的，可以自知道该决定之日起三十日内申请行政复议。": "行政复议法 第二十条",
    "对违反道路通行规定的行人，公安机关交通管理部门应当处以五十元罚款。": "道路交通安全法 第八十九条",
    "依照《中华人民共和国道路交通安全法》第八十九条，非机动车驾驶人违反道路通行规定的，处警告或者五元以上五十元以下罚款。":
        "道路交通安全法 第八十九条",
    "县行政审批局承诺自受理之日起十个工作日内作出行政许可决定，法律、法规另有规定的除外。": "行政许可法 第四十二条",
    "公安派出所应当自受理之日起十五日内制作发放居住证。": "居住证暂行条例 第九条",
    "依照《中华人民共和国行政处罚法》第六十四条，当事人要求听证的，应当在行政机关告知后五日内提出。": "行政处罚法 第六十四条",
    "执法人员当场作出行政处罚决定的，依照《中华人民共和国行政处罚法》第五十一条执行，对公民处二百元以下罚款。":
        "行政处罚法 第五十一条",
    "依照《中华人民共和国行政处罚法》第三十条，不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教。":
        "行政处罚法 第三十条",
    "被许可人需要延续行政许可有效期的，应当在有效期届满三十日前向作出行政许可决定的行政机关提出申请。": "行政许可法 第五十条",
    "居住证持有人在居住地连续居住的，应当在居住每满一年之日前一个月内办理签注手续。": "居住证暂行条例 第十条",
    "县公安局应当自受理之日起30日内制作发放居住证。": "居住证暂行条例 第九条",
    "县公安局应当自受理之日起10日内制作发放居住证。": "居住证暂行条例 第九条",
    "违法行为轻微并及时改正，没有造成危害后果的，可以不予行政处罚。": "行政处罚法 第三十三条",
    "当事人到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，直至罚款缴清之日止。": "行政处罚法 第七十二条",
    "公民离开常住户口所在地，到本县居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。":
        "居住证暂行条例 第二条",
}
_CITED = re.compile(r"《?(?:中华人民共和国)?([\u4e00-\u9fff]{1,24}?(?:法典|法|条例|办法|规定))》?"
                    r"(?:（[^）]*）)?第([一二三四五六七八九十百零〇\d]+)条")


def expected_article(case: dict) -> str | None:
    """'LAW 第N条' for a case: its ``upper`` field, else KNOWN, else the first citation in its note."""
    if case.get("upper"):
        return case["upper"]
    text = case.get("text") or ""
    if text in KNOWN:
        return KNOWN[text]
    m = _CITED.search(case.get("note") or "")
    return f"{m.group(1)} 第{m.group(2)}条" if m else None


def load_upper_cases(folders: list[Path]) -> list[dict]:
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for case in data.get("case", []):
                if case.get("category") != "upper-law":
                    continue
                out.append({**case, "set": f"{folder.name}/{path.stem}", "expected": expected_article(case)})
    return out


def article_of(store, spec: str | None):
    """The Provision 'LAW 第N条' names (as of AS_OF), or None."""
    if not spec or " " not in spec:
        return None     # (a case naming a law without its article: 公证法, 地方性法规（居住登记）)
    from statutes.errors import FashenError
    from statutes.lookup import show_article

    law, art = spec.split()
    for i in range(len(law) - 1):          # 忠实重述政府信息公开条例: the longest title the corpus knows
        try:
            return show_article(store, law[i:], art, as_of=AS_OF).units[0]
        except FashenError:
            continue
    return None


def same_article(a, b) -> bool:
    return a is not None and b is not None and a.law == b.law and a.article == b.article \
        and a.article_sub == b.article_sub


def read_as_candidate(hits: list, rank: int | None, text: str = "") -> bool:
    """Whether the engine compares the clause with the hit at ``rank`` (review.engine._UpperReader.restated): one of
    the best UPPER_COMPARED at UPPER_MIN_SCORE, else the best one at UPPER_WEAK_SCORE, or at UPPER_VOTED_SCORE where
    the search agrees on its law (review.engine.voted_law) or the clause ``text`` names its law's subject
    (review.engine.names_own_law); or a runner-up within CLOSE_SCORE of the best, alone, at the same floors
    (review.engine._UpperReader.runner_ups)."""
    from review.engine import (CLOSE_SCORE, CORE_LEVELS, UPPER_COMPARED, UPPER_MIN_SCORE, UPPER_SEARCH_K,
                               UPPER_VOTED_SCORE, UPPER_WEAK_SCORE, VOTE_MIN_SCORE, names_own_law, voted_law)

    if rank is None or rank >= UPPER_SEARCH_K:
        return False
    top = hits[0].score or 0
    # a runner-up is compared alone where the best hit shows nothing (review.engine._UpperReader.runner_ups)
    runner = 0 < rank and (hits[rank].score or 0) >= top - CLOSE_SCORE \
        and (rank < UPPER_COMPARED or (hits[0].level not in CORE_LEVELS and hits[rank].level in CORE_LEVELS))
    if rank >= UPPER_COMPARED and not runner:
        return False
    if (hits[rank].score or 0) >= UPPER_MIN_SCORE:
        return True
    if (rank > 0 and not runner) or (not runner and any((h.score or 0) >= UPPER_MIN_SCORE for h in hits[:UPPER_COMPARED])):
        return False
    voted = voted_law([h for h in hits if (h.score or 0) >= VOTE_MIN_SCORE]) == hits[rank].work_id
    voted = voted or bool(text and names_own_law(text, hits[rank]))
    return (hits[rank].score or 0) >= (UPPER_VOTED_SCORE if voted else UPPER_WEAK_SCORE)


def reach_score(text: str, want) -> float:
    """The score the governing article would have as a hit (statutes.search.coverage of the clause's norm, and of its
    readings with the statutes' roles, the best): what it could be read at if the search's candidates held it."""
    from review.agency_roles import role_readings
    from review.class_readings import class_readings
    from review.engine import norm_text, without_label
    from statutes.search import coverage, normalise

    norm = norm_text(without_label(text))
    return max(coverage(normalise(r), normalise(want.text))
               for r in [norm, *role_readings(norm), *class_readings(norm)])


def miss_kind(hits: list, rank: int | None, reach: float) -> str:
    """Why a retrieval miss: ``absent`` (not among the hits: the candidate set or the ranking left it out),
    ``outranked`` (among them, below the ones compared), ``below-floor`` (the best hit, under its floor); each
    ``/reachable`` where the article scores at least UPPER_WEAK_SCORE against the clause (``reach``: a retrieval
    matter), else ``/reworded`` (the clause words it too differently for any candidate floor: a scoring matter)."""
    from review.engine import UPPER_WEAK_SCORE

    where = "absent" if rank is None else ("below-floor" if rank == 0 else "outranked")
    return f"{where}/{'reachable' if reach >= UPPER_WEAK_SCORE else 'reworded'} {reach:.0f}"


def diagnose(case: dict, store, rules, verbose: bool) -> dict:
    from review.compare import compare
    from review.domain_laws import searched_with_domain
    from review.engine import (UPPER_LEVELS, UPPER_WEAK_SCORE, ReviewOptions, review_document, search_read_as_roles,
                               without_label)
    from review.governing import closest_article, governing_laws
    from review.metadata import apply_metadata
    from review.readers import build_document
    from statutes.search import SearchCache, search

    text = case["text"]
    want = article_of(store, case["expected"])
    corpus = SearchCache(store)
    # the searches the engine makes (the clause, its norm, their readings with the statutes' roles), 10 best hits
    hits = search_read_as_roles(lambda t: search(corpus, t, k=10, as_of=AS_OF, levels=UPPER_LEVELS, in_force=False,
                                                 region=""), text, k=10)
    # … and the articles of the laws whose domain the clause (with its list's lead-in) names and the search did not
    # hold to its ranking (review.domain_laws.searched_with_domain, as the engine adds them)
    hits = searched_with_domain(store, without_label(case.get("header", "") + text), AS_OF, hits, 10,
                                UPPER_WEAK_SCORE)[0]
    rank = next((i for i, h in enumerate(hits) if same_article(h, want)), None)
    score = hits[rank].score if rank is not None else None
    searched = read_as_candidate(hits, rank, text)
    t = Text("NEW-upper-law", "upper-law", case["polarity"], 1, text, case.get("header", ""), case["set"], (),
             case.get("title", ""))
    lines = draft_lines(t, "normative")
    doc = apply_metadata(build_document("case.txt", lines, "txt"))
    laws = governing_laws(store, doc.title, doc.text, AS_OF)
    gov_hit = None
    if laws:
        (hit, cov) = closest_article(text, laws, by_matter=True)
        gov_hit = (hit[1] if hit else None, cov)
    governed = gov_hit is not None and same_article(gov_hit[0], want)
    cmp = compare(text, want.text) if want is not None else None
    opinion = review_document(doc, store, rules, ReviewOptions(as_of=AS_OF, kind="normative"))
    found = [f for f in opinion.findings if f.clause is not None and f.clause.label.startswith(LABEL)
             and f.severity in ("error", "warning")]
    # a finding that merged related rules on the same words (review.merge) stands for all their categories
    upper = [f for f in found if "upper-law" in (f.detail.get("categories") or [f.category])]
    if case["polarity"] == "positive":
        verdict = "caught" if upper else ("grading-miss" if searched or governed else "retrieval-miss")
    else:
        verdict = "false-alarm" if found else "clean"
    why = miss_kind(hits, rank, reach_score(text, want)) if verdict == "retrieval-miss" and want is not None else ""
    return {"set": case["set"], "polarity": case["polarity"], "text": text, "expected": case["expected"],
            "found_article": want is not None, "rank": rank, "score": score, "searched": searched,
            "governing": [law.title for law in laws], "governed": governed,
            "top": [f"{h.law} {h.article_label} {h.score:.0f}" for h in hits[:3]],
            "similarity": cmp.similarity if cmp else None,
            "changes": [f"{c.kind}/{c.severity}: {c.message}" for c in cmp.changes] if cmp else [],
            "findings": [f"{f.rule}:{f.category}:{f.severity}: {f.problem[:120]}" for f in found],
            "verdict": verdict, "why": why}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, action="append")
    ap.add_argument("--db", type=Path)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--labels", type=Path, action="append", help="labelled documents instead of rewordings")
    ap.add_argument("--docs", type=Path, default=ROOT.parent / "shared" / "data" / "documents")
    args = ap.parse_args(argv)
    import os

    from review.rules import load_packs
    from statutes.store import Store

    folders = args.dir or [ROOT / "tests/fixtures/rewordings", *sorted((ROOT / "tests/fixtures/rewordings").glob("heldout*"))]
    store = Store(args.db or os.environ["FASHEN_DB"])
    rules = load_packs()
    if args.labels:
        rows = label_rows(args.labels, args.docs, store, rules)
        for r in rows:
            print(f"[{r['verdict']}] {r['doc']} {r['quote'][:60]}\n    want {r['want']} rank {r['rank']} score "
                  f"{r['score']} governing {r['governing']} sim {r['similarity']}\n    changes {r['changes']}\n"
                  f"    why {r['why']}")
        print("total:", dict(Counter(r["verdict"] for r in rows)))
        return 0
    rows = [diagnose(c, store, rules, args.verbose) for c in load_upper_cases(folders)]
    tally = Counter((r["set"], r["verdict"]) for r in rows)
    for r in rows:
        print(f"[{r['verdict']}] {r['set']} {r['polarity']} — {r['text']}")
        print(f"    expected {r['expected']} (in corpus: {r['found_article']}); search rank {r['rank']} "
              f"score {r['score'] and round(r['score'])}; governing {r['governing']} → {r['governed']}")
        if r["why"]:
            print(f"    retrieval: {r['why']}")
        if args.verbose or r["verdict"] not in ("caught", "clean"):
            print(f"    top: {r['top']}")
            print(f"    compare with expected: sim {r['similarity'] and round(r['similarity'], 2)}; {r['changes']}")
            print(f"    findings: {r['findings']}")
    print()
    for key, n in sorted(tally.items()):
        print(f"{key[0]:40} {key[1]:15} {n}")
    total = Counter(r["verdict"] for r in rows)
    print("retrieval misses by kind:", dict(Counter(r["why"].split()[0] for r in rows if r["why"])))
    print("total:", dict(total))
    return 0



# -- labelled real documents ---------------------------------------------------------------------------
def label_rows(label_dirs: list[Path], docs: Path, store, rules) -> list[dict]:
    """One row per labelled problem listing upper-law: the article its basis names first (that the corpus holds),
    where that article stands among the candidates of the clause holding the quote, and what fashen reports there."""
    import json

    from review.clauses import split_clauses
    from review.compare import compare
    from review.engine import UPPER_LEVELS, UPPER_MIN_SCORE, ReviewOptions, _probe_texts, review_document
    from review.governing import closest_article, governing_laws
    from review.office import Office
    from review.readers import read_document
    from statutes.search import SearchCache, search

    rows = []
    for folder in label_dirs:
        for lp in sorted(folder.glob("D*.json")):
            lab = json.loads(lp.read_text(encoding="utf-8"))
            problems = [p for p in lab.get("problems", []) if "upper-law" in p["categories"]]
            if not problems:
                continue
            doc = read_document(docs / lab["file"])
            as_of = lab.get("as_of") or "2026-12-01"
            clauses = split_clauses(doc)
            laws = governing_laws(store, doc.title, doc.text, as_of)
            office = Office.parse(lab["office"]) if lab.get("office") else None
            opinion = review_document(doc, store, rules, ReviewOptions(as_of=as_of, office=office))
            for p in problems:
                at = doc.text.find(p["quote"])
                clause = next((c for c in clauses if c.start <= at < c.end), None)
                want = None
                for m in _CITED.finditer(p.get("basis") or ""):
                    want = article_of(store, f"{m.group(1)} 第{m.group(2)}条")
                    if want is not None:
                        break
                rank, score, gov = None, None, None
                probes = _probe_texts(clause) if clause else []
                probe = next((x for x in probes if p["quote"][:10] in x), probes[0] if probes else p["quote"])
                if want is not None:
                    hits = search(SearchCache(store), probe, k=10, as_of=as_of, levels=UPPER_LEVELS, in_force=False,
                                  region="")
                    rank = next((i for i, h in enumerate(hits) if same_article(h, want)), None)
                    score = hits[rank].score if rank is not None else None
                    if laws:
                        hit, cov = closest_article(p["quote"], laws, by_matter=True)
                        gov = (hit is not None and same_article(hit[1], want), round(cov))
                searched = read_as_candidate(hits, rank, probe) if want is not None else False
                span = (at, at + len(p["quote"]))
                found = [f for f in opinion.findings if f.severity in ("error", "warning") and f.clause is not None
                         and "upper-law" in (f.detail.get("categories") or [f.category])
                         and _overlaps(f, doc.text, span)]
                cmp = compare(probe, want.text) if want is not None else None
                if found:
                    verdict = "found"
                elif want is None:
                    verdict = "no-article"
                elif searched or (gov and gov[0]):
                    verdict = "grading-miss"
                else:
                    verdict = "retrieval-miss"
                rows.append({"doc": lab["id"], "quote": p["quote"], "want": want and f"{want.law} {want.article_label}",
                             "rank": rank, "score": score and round(score), "governing": gov, "verdict": verdict,
                             "changes": [f"{c.kind}/{c.severity}: {c.message}" for c in cmp.changes] if cmp else [],
                             "similarity": cmp and round(cmp.similarity, 2), "why": p.get("why", "")[:90]})
    return rows


def _overlaps(f, text: str, span: tuple[int, int]) -> bool:
    start = text.find(f.quote, max(0, f.clause.start - len(f.quote))) if f.quote else f.clause.start
    end = start + len(f.quote) if f.quote else f.clause.end
    return start < span[1] and span[0] < end


if __name__ == "__main__":
    raise SystemExit(main())
