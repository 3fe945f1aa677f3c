"""Precision, recall and disposition agreement on real documents labelled clause by clause by hand.

    python bench/real_eval.py [--labels tests/fixtures/real_labels] [--all] [--mode sweep|review] [--db PATH] [--verbose]

Labels (one JSON file per document, written before anyone looked at fashen's output on it; see the README in the
labels folder) give the document's kind and disposition as of their ``as_of`` date, every problem with an exact
quote, its categories, severity and confidence, and lawful look-alikes. The documents are read from
``../shared/data/documents`` (``--docs``).

* a **prediction** is an error or warning finding;
* it is **correct** when its quote (or, without a quote, its clause) overlaps a labelled problem that has the
  finding's category — for a finding that lists other places (``detail.folded``: one finding per old body per
  document), when any of its places does; it still counts as one prediction; it is **on a look-alike** when it overlaps a labelled look-alike and no problem;
  a finding is put where its clause stands (the clause's offsets), not at the first place its words stand; one on
  the same words as a labelled problem at another place the labeller did not label again (a list copied into each
  section) is correct too, and finds no problem;
* a finding on an item of an article or section a labelled problem names as a whole (the label's clause
  ``第六十五条`` quoting the lead-in, the finding's ``第六十五条（二）``) is at that problem (``in_labelled_unit``);
  a finding on the whole document (no clause: a missing 有效期, a plan whose years have ended) is at a labelled
  problem of its category on the whole document — placed on the title, the 文号, "全文"; for validity, one whose
  reason is the document's term or period — or, for validity, at the disposition reasons naming it
  (``whole_document_match``, round 17);
* a labelled problem is **found** when a correct prediction overlaps it (``located``: any prediction overlaps it),
  or overlaps one of the other quotes of the same problem a second reader accepted (``also``, each marked
  ``adjudicated``; ``--as-labelled`` leaves them out with the places added in adjudication);
* dispositions agree when equal, counting 废止 and 宣布失效 as one, and "not ours" (another body's document,
  an agreement) as one;
* a label without an ``office`` is judged for the office a sweep of the documents' folder infers (a city
  office's archive: provincial and national documents are not its own).

``--mode sweep`` runs the cleanup sweep's per-document review (all sweep topics, as of the labels' date), then
its whole-sweep step over the documents' folder (a later document that repeals or replaces a labelled one);
``--mode review`` runs ``fashen review --as-of`` on each document (every rule).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DOCS = ROOT.parent / "shared" / "data" / "documents"
FLAGGING = ("error", "warning")
NOT_OURS = "非本级"


def norm_disposition(value: str | None) -> str:
    """One spelling per outcome: 废止 and 宣布失效 are one; another body's document or an agreement is "非本级"."""
    v = (value or "").strip()
    if v in ("废止", "宣布失效", "失效", "已失效"):
        return "废止/失效"
    if not v or v.startswith("非本") or "不作处置" in v or v in ("不处置", "另列", "协议另列"):
        return NOT_OURS
    return v


def norm_kind(label: str, issuer_level: str = "") -> str:
    """One name per kind for comparing the labellers' kind with fashen's (``review.kinds.KINDS``): a draft is the
    kind it will become (its stage is compared apart), a 规范性文件 of the 国务院 or its departments is "国家规范性文件",
    a guide's annex table counts as a guide. ``issuer_level`` is fashen's reading of the issuer's level."""
    k = re.sub(r"[（(].*$", "", (label or "").strip())
    k = re.sub(r"(征求意见稿|修订征求意见稿|草案|送审稿)$", "", k)
    if k.startswith("国务院或其部门") or (k in ("规范性文件", "行政规范性文件") and issuer_level == "国家"):
        return "国家规范性文件"
    if k in ("行政规范性文件", "规范性文件"):
        return "规范性文件"
    if k.startswith("党内"):
        return "党内文件"
    if k.startswith("办事指南") or k == "附件":
        return "办事指南/附件"
    return k


def spans_of(text: str, items: list[dict], what: str, path: Path) -> list[tuple[int, int, dict]]:
    """Where each labelled quote stands. A quote labelled twice (the same words at two places of a document)
    stands at its first occurrence, then its second …: the second label is not a duplicate of the first."""
    out = []
    seen: dict[str, int] = {}
    for it in items:
        q = it["quote"]
        start = text.find(q)
        if start < 0:
            raise SystemExit(f"{path.name}: {what} quote not in the document: {it['quote'][:40]}")
        for _ in range(seen.get(q, 0)):
            nxt = text.find(q, start + 1)
            if nxt < 0:
                break
            start = nxt
        seen[q] = seen.get(q, 0) + 1
        out.append((start, start + len(q), it))
    return out


def finding_span(f: dict, text: str) -> tuple[int, int] | None:
    """Where a finding stands in the text: its quote (searched from its clause), else its clause."""
    clause = f.get("clause") or {}
    quote = f.get("quote") or ""
    # the clause's own offsets (review.model.Clause.to_dict): the quote searched where the clause stands, not at the
    # first place the same words stand (a table row or a list repeated in each section, D042, D006)
    c0, c1 = clause.get("start"), clause.get("end")
    if isinstance(c0, int) and isinstance(c1, int) and 0 <= c0 <= c1 <= len(text):
        if quote:
            near = text.find(quote, c0, c1 + 1)
            if near >= 0:
                return near, near + len(quote)
            # a quote across a line the reader left out of the clause (a page footer, "— 12 —"): where it stands in
            # the clause's own text, counted from the clause's start
            inner = (clause.get("text") or "").find(quote)
            if inner >= 0:
                return c0 + inner, min(c1, c0 + inner + len(quote))
        elif text[c0:c1] == clause.get("text"):
            return c0, c1
    if quote:
        start = text.find(quote)
        if clause.get("text"):
            c0 = text.find(clause["text"])
            if c0 >= 0:
                near = text.find(quote, c0)
                start = near if near >= 0 else start
        if start >= 0:
            return start, start + len(quote)
    if clause.get("text"):
        c0 = text.find(clause["text"])
        if c0 >= 0:
            return c0, c0 + len(clause["text"])
    return None


def finding_spans(f: dict, text: str) -> list[tuple[int, int]]:
    """Every place a finding stands at: its own (``finding_span``) and the places it lists as amended with it
    (``detail.folded``: one finding per old body per document, review.agencies.fold_repeated / fold_defined)."""
    spans = [s for s in [finding_span(f, text)] if s]
    for p in (f.get("detail") or {}).get("folded") or ():
        quote, start = p.get("quote") or "", p.get("start", -1)
        if not quote:
            continue
        recorded = start if isinstance(start, int) and 0 <= start < len(text) else -1
        if not (recorded >= 0 and text.startswith(quote, recorded)):
            # the words elsewhere when they do not stand at the recorded place; a quote across a page footer the
            # reader left out of the clause stands nowhere verbatim: at its recorded place
            start = text.find(quote)
            if start < 0:
                start = recorded
        if start >= 0:
            spans.append((start, start + len(quote)))
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# a labelled problem placed on the whole document: the labeller's clause names the title, the 文号, "全文" …
WHOLE_DOCUMENT = re.compile(r"全文|整体|标题|导语|前言|序言|文号|题注")
# … or a validity problem whose reason is the document's own term or period (未规定有效期, 年度已过, 任务期已届满)
LAPSE = re.compile(r"(未|没有|无|未载)(规定|载明|载|设定|明确|写明)?有效期|有效期[^，。；]{0,8}(届满|已过|未|没有)|"
                   r"(期限|任务期|施行期|试行期|年度)[^，。；]{0,10}(届满|已过|结束|完成|到期)")


def whole_document_match(f: dict, cats: set[str], problems: list, lab: dict) -> tuple[bool, list[int]]:
    """A finding on the whole document (no clause: a missing 有效期, a plan whose years have ended) stands at no
    place, so the words it quotes say nothing of where it is: it is at a labelled problem of its category that is
    on the whole document too — placed on the title, the 文号 or "全文"; for validity, one whose reason is the
    document's own term or period — or, for validity, at the label's disposition reasons naming that (the
    labeller wrote "文件未规定有效期" as a reason and listed no problem for it: D006, D022, D029, D034).
    Returns whether it is correct and the labelled problems it finds."""
    if (f.get("clause") or {}).get("text"):
        return False, []
    at = [i for i, (_, _, p) in enumerate(problems) if cats & set(p["categories"])
          and (WHOLE_DOCUMENT.search(p.get("clause") or "") or ("validity" in cats and LAPSE.search(p.get("why") or "")))]
    if at:
        return True, at
    return "validity" in cats and any(LAPSE.search(r) for r in lab.get("disposition_reasons") or []), []


# an article heading at a line's start (第六十五条, 第 12 条): where a labelled article's text ends
ARTICLE_HEAD = re.compile(r"\n[\s\u3000]*第[一二三四五六七八九十百千零〇\d ]+条")


def _unit(label: str) -> str:
    """A clause's numbering compared as written (第六十五条（二） ~ 第六十五条(二), 附件1三、（一）2. ~ 附件1三（一）2)."""
    return re.sub(r"[\s、.．,，]", "", (label or "").replace("（", "(").replace("）", ")"))


def in_labelled_unit(f: dict, p: dict, start: int, text: str) -> bool:
    """A finding on a part of the unit a labelled problem names as a whole: the label's clause is an article or a
    section (``第六十五条``, ``附件1三（一）``) whose quote is its lead-in or first item, the finding's clause one of
    its items (``第六十五条（二）``, ``附件1三、（一）2.``) standing after the quote in the same article — the labeller
    labelled the unit once (D153's fines by land use, D043's scoring items), not each item."""
    clause = f.get("clause") or {}
    mine, theirs = _unit(clause.get("label") or ""), _unit(p.get("clause") or "")
    if not theirs or not mine.startswith(theirs):
        return False
    if len(mine) > len(theirs) and mine[len(theirs)] not in "(0123456789第":
        return False        # 三 is not a part of 三十
    at = clause.get("start")
    # the item after the quote; the unit itself from its heading (二、2005年的工作任务 above the labelled sentence)
    if not isinstance(at, int) or not (start - (300 if len(mine) == len(theirs) else 0)) <= at <= start + 1500:
        return False
    return not ("条" in theirs and ARTICLE_HEAD.search(text, start + 1, at))


# sweep-upper: the sweep with the corpus-wide upper-law comparison (SweepOptions.upper_search)
SWEEP_MODES = ("sweep", "sweep-upper")


def run_fashen(path: Path, mode: str, as_of: str, store, rules, office=None, joint: str = "dispose") -> dict:
    """The catalogue entry (sweep) or opinion (review) as JSON-able dicts: disposition and findings.
    ``office`` is the reviewing office the labeller assumed (``review.office``): its name, or an ``Office``;
    ``joint`` the setting for joint party-government documents (``review.office.JOINT_MODES``)."""
    from review.office import Office

    where = Office.parse(office) if isinstance(office, str) else office
    if mode in SWEEP_MODES:
        from review.sweep import Reviewer, SweepOptions

        result = Reviewer(store, rules, SweepOptions(as_of=as_of, office=where, joint=joint,
                                                     upper_search=mode == "sweep-upper")).review(path)
        return {"disposition": result.get("disposition"), "findings": result.get("findings") or [],
                "error": result.get("error"), "reasons": result.get("reasons") or [], "row": result}
    from review.disposition import DocMeta, decide
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document

    doc = read_document(path)
    opinion = review_document(doc, store, rules, ReviewOptions(as_of=as_of, office=where, joint=joint))
    disp = decide(DocMeta.of(opinion.document), opinion.findings, as_of, opinion.remit)
    return {"disposition": disp.action, "findings": [f.to_dict() for f in opinion.findings], "error": None,
            "reasons": list(disp.reasons)}


def superseded_in_archive(folder: Path, swept: dict[str, dict], as_of: str, review=None) -> set[str]:
    """The labelled documents (``swept``: file name -> sweep result) that a later document of the same archive
    replaces, or that were made to implement a document of the archive that has lapsed or been replaced
    (``review.disposition.supersede``, the step ``review.sweep.mark_superseded`` runs over a whole sweep):
    the other documents enter with what that step reads of them (title, 文号, issuer, date, draft, what they
    repeal, what they implement), not reviewed — except those on the matter a labelled document implements, whose
    disposition the step needs (``review``: path -> sweep result). Returns the labelled documents' ids (D060)."""
    from review.disposition import implemented_document, repealed_in_text, subject, supersede
    from review.engine import ReviewOptions, document_kind
    from review.readers import read_document

    implemented = {subject(r.get("implements") or "") for r in swept.values()} - {""}
    rows, names = [], []
    for path in sorted(folder.glob("D*.txt")):
        if path.name in swept:
            row = swept[path.name]
        else:
            doc = read_document(path)
            if review is not None and subject(doc.title) in implemented:
                row = review(path)
            else:
                kind = document_kind(doc, ReviewOptions(as_of=as_of))
                row = {"title": doc.title, "doc_number": doc.doc_number, "issuer": doc.issuer, "date": doc.date,
                       "draft": kind.draft, "disposition": None, "repeals": repealed_in_text(doc.text),
                       "implements": implemented_document(doc.title, doc.text), "error": None}
        rows.append(row)
        names.append(path.name)
    return {names[i].split("_")[0] for i in supersede(rows) if names[i] in swept}


def in_subset(doc_id: str, subset: str | None) -> bool:
    """Whether the labelled document ``doc_id`` (``D123``) is in ``subset``: ``odd`` or ``even`` by its document number
    (round 39: the odd half is tuned on, the even half only checked), ``None`` for every document."""
    if not subset:
        return True
    number = int(re.sub(r"\D", "", doc_id) or 0)
    return (number % 2 == 1) == (subset == "odd")


def evaluate(labels_dir: Path, docs: Path, mode: str, store, rules, verbose: bool, as_labelled: bool = False,
             office: str | None = None, joint: str = "dispose", show_correct: bool = False, subset: str | None = None):
    tp, fp, on_lookalike = Counter(), Counter(), Counter()
    found, located, labelled = Counter(), Counter(), Counter()
    # by every category a problem lists (not only its first): problems listing it, found with it
    any_found, any_labelled, any_missed = Counter(), Counter(), defaultdict(list)
    found_high, labelled_high = 0, 0
    disp_rows, kind_rows = [], []
    swept: dict[str, dict] = {}        # file name -> the sweep's result, for the whole-sweep step
    # a label without an office: the office the sweep of the documents' folder infers (review.sweep.archive_office)
    from review.sweep import archive_office

    archive = archive_office([docs / "txt"])
    setting = None                 # the sweep's setting the user chose, for every label (``--office``)
    if office == "archive":        # every region the archive's documents come from, named: higher bodies not ours
        from dataclasses import replace as _replace

        setting = _replace(archive, region=archive.regions[0], inferred=False, named=archive.regions)
    elif office:
        from review.office import Office

        setting = Office.parse(office)
    for lp in sorted(labels_dir.glob("D*.json")):
        if not in_subset(lp.stem, subset):
            continue
        lab = json.loads(lp.read_text(encoding="utf-8"))
        path = docs / lab["file"]
        text = path.read_text(encoding="utf-8")
        from review.readers import read_document

        doc_text = read_document(path).text
        kept = [p for p in lab.get("problems", []) if not (as_labelled and p.get("adjudicated"))]
        problems = spans_of(doc_text, kept, "problem", lp)
        # other quotes of the same problem a second reader accepted (a table row split over lines, the title of a
        # spent notice for the sentence that dates it): a prediction at any of them is at the problem
        also = {i: [(s, e) for s, e, _ in spans_of(doc_text, p.get("also", []), "problem (also)", lp)]
                for i, p in enumerate(kept) if p.get("also") and not as_labelled}
        looks = spans_of(doc_text, lab.get("lookalikes", []), "look-alike", lp)
        # every other place a problem's exact words stand (not its own, nor its accepted other quotes)
        copies = {i: [(m.start(), m.end()) for m in re.finditer(re.escape(p["quote"]), doc_text)
                      if (m.start(), m.end()) != (s, e)] for i, (s, e, p) in enumerate(problems) if p["quote"].strip()}
        del text
        out = run_fashen(path, mode, lab.get("as_of") or "2026-12-01", store, rules,
                         setting or lab.get("office") or archive, joint)
        preds = [f for f in out["findings"] if f.get("severity") in FLAGGING]
        hit = defaultdict(set)          # problem index -> categories found
        touched = set()                 # problem indexes any prediction overlaps
        for f in preds:
            # a finding that lists other places (one finding per old body per document) is one prediction: correct
            # when any of its places overlaps a labelled problem of its category, and it finds every one it overlaps
            spans = finding_spans(f, doc_text)
            cat = f["category"]
            # a finding that merged related rules on the same words (review.merge) stands for all their categories
            cats = set((f.get("detail") or {}).get("categories") or [cat])
            over = [i for i, (s, e, _) in enumerate(problems)
                    if any(overlaps(sp, place) for sp in spans for place in [(s, e), *also.get(i, ())])]
            touched.update(over)
            good = [i for i in over if cats & set(problems[i][2]["categories"])]
            # … or on an item of the article or section a labelled problem names as a whole (in_labelled_unit)
            good += [i for i, (s, e, p) in enumerate(problems) if i not in good and cats & set(p["categories"])
                     and in_labelled_unit(f, p, s, doc_text)]
            if good:
                tp[cat] += 1
                if show_correct:
                    print(f"  CORRECT   {lab['id']} {f['rule']} [{cat}/{f['severity']}] {(f.get('quote') or '')[:60]}")
                for i in good:
                    hit[i].update(cats & set(problems[i][2]["categories"]))
                continue
            # the same words as a labelled problem, standing at another place the labeller did not label again (a
            # list copied into each section, D006): correct, as it was when a finding was put at the first place its
            # words stand; it finds no labelled problem (recall counts only the labelled place)
            if any(overlaps(sp, c) for sp in spans for i, cs in copies.items()
                   if cats & set(problems[i][2]["categories"]) for c in cs):
                tp[cat] += 1
                if show_correct:
                    print(f"  CORRECT   {lab['id']} {f['rule']} [{cat}/{f['severity']}] {(f.get('quote') or '')[:60]}")
                continue
            # a finding on the whole document, at a labelled problem on the whole document (whole_document_match)
            whole, at = whole_document_match(f, cats, problems, lab)
            if whole:
                tp[cat] += 1
                if show_correct:
                    print(f"  CORRECT   {lab['id']} {f['rule']} [{cat}/{f['severity']}] {(f.get('quote') or '')[:60]}")
                touched.update(at)
                for i in at:
                    hit[i].update(cats & set(problems[i][2]["categories"]))
                continue
            fp[cat] += 1
            on_look = any(overlaps(sp, (s, e)) for sp in spans for s, e, _ in looks)
            if on_look:
                on_lookalike[cat] += 1
            if verbose:
                where = "LOOKALIKE" if on_look else ("WRONG-CAT" if over else "FP")
                print(f"  {where:9} {lab['id']} {f['rule']} [{cat}/{f['severity']}] {(f.get('quote') or '')[:60]}")
        for i, (_, _, p) in enumerate(problems):
            for c in p["categories"]:
                any_labelled[c] += 1
                any_found[c] += c in hit[i]
                if c not in hit[i]:
                    any_missed[c].append(f"{lab['id']} {p['quote'][:50]}")
            main = p["categories"][0]
            labelled[main] += 1
            ok = bool(hit[i])
            found[main] += ok
            located[main] += i in touched
            if p.get("confidence", "high") == "high":
                labelled_high += 1
                found_high += ok
            if verbose and not ok:
                print(f"  MISSED    {lab['id']} {p.get('clause', '')} [{'/'.join(p['categories'])}/"
                      f"{p.get('severity')}/{p.get('confidence')}] {p['quote'][:60]}")
        want, got = norm_disposition(lab.get("disposition")), norm_disposition(out["disposition"])
        disp_rows.append((lab["id"], lab.get("kind", ""), want, got, out.get("error")))
        kind_rows.append((lab["id"], norm_kind(lab.get("kind", "")), fashen_kind(path, lab.get("as_of") or "2026-12-01")))
        if mode in SWEEP_MODES and out.get("row"):
            swept[path.name] = out["row"]
    if swept:       # the sweep's whole-sweep step: a later document of the archive that replaces a labelled one
        as_of = lab.get("as_of") or "2026-12-01"
        marks = superseded_in_archive(docs / "txt", swept, as_of,
                                      lambda p: run_fashen(p, "sweep", as_of, store, rules, setting or archive,
                                                           joint)["row"])
        disp_rows = [(i, k, w, norm_disposition("废止") if i in marks else g, e) for i, k, w, g, e in disp_rows]
    return {"tp": tp, "fp": fp, "on_lookalike": on_lookalike, "found": found, "located": located,
            "labelled": labelled, "any_found": any_found, "any_labelled": any_labelled, "any_missed": any_missed,
            "found_high": found_high, "labelled_high": labelled_high, "dispositions": disp_rows, "kinds": kind_rows}


def fashen_kind(path: Path, as_of: str) -> str:
    """The kind fashen reads (``review.engine.document_kind``), named as ``norm_kind`` names the labels' kinds."""
    from review.engine import ReviewOptions, document_kind
    from review.readers import read_document

    info = document_kind(read_document(path), ReviewOptions(as_of=as_of))
    return norm_kind(info.kind, info.issuer.level)


def label_folders(root: Path) -> list[Path]:
    """``root`` and every folder under it that holds labels (``*.json``), in path order."""
    return [root, *sorted(d for d in root.rglob("*") if d.is_dir() and any(d.glob("*.json")))]


def summed(results: list[dict]) -> dict:
    """``evaluate``'s results of several label folders as one: counts per category added, lists joined."""
    out: dict = {}
    for r in results:
        for key, value in r.items():
            if isinstance(value, dict):
                into = out.setdefault(key, defaultdict(list) if key == "any_missed" else defaultdict(int))
                for k, v in value.items():
                    into[k] += v
            elif isinstance(value, list):
                out.setdefault(key, []).extend(value)
            else:
                out[key] = out.get(key, 0) + value
    return out


def report_category(r: dict, category: str) -> None:
    """Recall over every labelled problem that lists ``category`` (first or not), precision of its predictions."""
    lab_, fnd = r["any_labelled"][category], r["any_found"][category]
    pred, ok = r["tp"][category] + r["fp"][category], r["tp"][category]
    print(f"{category}: problems listing it {lab_}, found {fnd} (recall {fnd / max(1, lab_):.2f}); "
          f"predictions {pred}, correct {ok} (precision {ok / pred if pred else 0:.2f})")
    for m in r["any_missed"][category]:
        print(f"  missed {m}")


def report(r: dict) -> None:
    tp, fp = sum(r["tp"].values()), sum(r["fp"].values())
    found, labelled = sum(r["found"].values()), sum(r["labelled"].values())
    located = sum(r["located"].values())
    print(f"predictions (error/warning): {tp + fp}; correct {tp}; precision {tp / max(1, tp + fp):.2f}; "
          f"on lawful look-alikes {sum(r['on_lookalike'].values())}")
    print(f"labelled problems: {labelled}; found {found} (recall {found / max(1, labelled):.2f}); "
          f"located by any finding {located}; high-confidence recall "
          f"{r['found_high']}/{r['labelled_high']} = {r['found_high'] / max(1, r['labelled_high']):.2f}")
    agree = sum(1 for _, _, w, g, _ in r["dispositions"] if w == g)
    print(f"dispositions agree: {agree}/{len(r['dispositions'])}")
    kinds = r.get("kinds") or []
    print(f"kinds agree: {sum(1 for _, w, g in kinds if w == g)}/{len(kinds)}"
          + "".join(f"; {i} {w} → {g}" for i, w, g in kinds if w != g))
    print("\n| category | labelled | found | recall | predicted | correct | precision |")
    print("|---|---|---|---|---|---|---|")
    for c in sorted(set(r["labelled"]) | set(r["tp"]) | set(r["fp"])):
        lab_, fnd = r["labelled"][c], r["found"][c]
        pred, ok = r["tp"][c] + r["fp"][c], r["tp"][c]
        rec = f"{fnd / lab_:.2f}" if lab_ else "–"
        prec = f"{ok / pred:.2f}" if pred else "–"
        print(f"| {c} | {lab_} | {fnd} | {rec} | {pred} | {ok} | {prec} |")
    print("\n| document | kind (label) | disposition (label) | fashen | agree |")
    print("|---|---|---|---|---|")
    for doc_id, kind, want, got, error in r["dispositions"]:
        print(f"| {doc_id} | {kind} | {want} | {got if not error else 'error: ' + error[:30]} | "
              f"{'yes' if want == got else 'no'} |")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, default=ROOT / "tests" / "fixtures" / "real_labels")
    ap.add_argument("--all", action="store_true",
                    help="every label folder: --labels and each of its subfolders holding labels, each evaluated on "
                    "its own (its offices, its archive step) and the figures summed")
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--mode", choices=[*SWEEP_MODES, "review"], default="sweep")
    ap.add_argument("--db", type=Path)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--correct", action="store_true", help="also list every correct prediction with its rule (CORRECT)")
    ap.add_argument("--category", help="also report recall over every problem listing this category")
    ap.add_argument("--as-labelled", action="store_true",
                    help="leave out the places added in adjudication (labels exactly as the labellers wrote them)")
    ap.add_argument("--office", help="the sweep's --office for every label (its labels' own offices ignored); "
                    "'archive': every region the archive's documents come from, named (higher bodies not ours)")
    ap.add_argument("--joint", choices=["dispose", "list"], default="dispose",
                    help="the sweep's --joint: a joint party-government document's government part disposed or listed")
    ap.add_argument("--subset", choices=["odd", "even"],
                    help="only the labelled documents of odd (the round-39 TUNE half) or even (CHECK half) number")
    args = ap.parse_args(argv)
    if not args.docs.is_dir():
        raise SystemExit(f"documents not found: {args.docs} (needs ../shared beside the checkout)")
    from review.rules import load_packs
    from statutes.store import Store

    tmp = tempfile.TemporaryDirectory()
    store = Store(args.db) if args.db else Store(Path(tmp.name) / "c.db")
    if store.is_empty():
        from statutes.importers.default import import_default

        import_default(store)
    folders = label_folders(args.labels) if args.all else [args.labels]
    rules = load_packs()
    r = summed([evaluate(folder, args.docs, args.mode, store, rules, args.verbose, args.as_labelled, args.office,
                         args.joint, args.correct, args.subset) for folder in folders])
    print(f"{args.labels}{f' and its {len(folders) - 1} label subfolders' if args.all else ''} — mode {args.mode}" + (" — labels as labelled" if args.as_labelled else "")
          + (f" — office {args.office}" if args.office else "") + (f" — joint {args.joint}" if args.joint != "dispose" else "")
          + (f" — subset {args.subset}" if args.subset else ""))
    report(r)
    if args.category:
        print()
        report_category(r, args.category)


if __name__ == "__main__":
    main()
