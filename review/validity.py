"""Validity findings that need the review date: a lapsed 有效期, an ended plan period, the term presumed for a
document that states none (legal-checks.md §3 P-VALIDITY, §11.4).

The metadata rules of the procedure pack say what a document lacks (no 有效期, a period longer than the
province allows); whether the period has *ended* depends on ``as_of`` and on dates read from the text, so it
is computed here, with the same functions the disposition uses (``review.disposition``). Each finding quotes
the words it rests on — the validity clause, the sentence with the last target year, the pilot — and stands
in the clause that holds them.

Only for kinds that carry an 有效期 (``review.kinds.WITH_VALIDITY``) and for dated plans of any government
kind; ``anchor_missing`` gives a "未规定有效期" finding the document's own 施行 clause as its place.

**A document that states no 有效期** (``presume``): the "未规定有效期" finding is given the term the office's
setting presumes (``review.presumption.ValidityDefaults``: the mode, the years, whose rule) — when it ended,
in one sentence ``detail["presumption"]`` that the 清理目录 shows as it is, and ``detail["presumed_lapsed"]``
when the setting takes such a document to have lapsed (the disposition then declares it invalid,
``review.disposition`` row 3). No date to count from: the sentence asks for the date to be checked. A draft
has no date yet and is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .model import Finding, in_force_from
from .presumption import ValidityDefaults, years_text
from .rules import Basis
from .sentences import sentence_spans

BASIS_37 = Basis(law="国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知", level="政策文件",
                 doc_number="国办发〔2018〕37号",
                 note="行政规范性文件在一定期限内反复适用；各省规定有效期届满的文件自动失效，应当及时清理")
_EFFECTIVE = re.compile(r"本[\u4e00-\u9fff]{0,6}(办法|规定|意见|通知|细则|方案|决定|规则|措施|指引|标准|制度|文件)"
                        r"[^。；\n]{0,6}(自|从)?[^。；\n]{2,20}(起|之日)[^。；\n]{0,4}(施行|实施|执行|生效|试行)")
# the heading of the 附则 chapter: where an 有效期 clause is added to a document that states no 施行 date
_SUPPLEMENTARY = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]+章[ \t\u3000]*附[ \t\u3000]*则[ \t\u3000]*$", re.M)


_TRIAL_START = re.compile(r"[自从][^。；\n]{1,20}?起试行")
_OWN = re.compile(r"本(?:实施)?(?:暂行)?(?:办法|规定|通知|意见|细则|方案|决定|规则|标准|指引|条例|文件|制度|规范|措施|实施意见|指南|政策)")


# the document calls itself a transitional arrangement (本指引为过渡性暂行规定): tried until the rules it bridges to
_TRANSITIONAL = re.compile(r"为过渡性|属过渡性|过渡性(?:暂行)?(?:规定|措施|政策|安排)")


def on_trial(title: str, text: str) -> bool:
    """Whether the document is tried rather than made final: 试行 in its own title (not in a cited 《…》, but in the
    one an issuing notice issues: ``review.metadata.own_title``), or its
    commencement clause says so (本办法自发布之日起试行), or it calls itself transitional (本指引为过渡性暂行规定)."""
    from .metadata import own_title

    if "试行" in own_title(title or ""):
        return True
    for s in re.split(r"(?<=[。；\n])", text or ""):
        if (_TRIAL_START.search(s) or _TRANSITIONAL.search(s)) and _OWN.search(s):
            return True
    return False


def trial_lapsed(doc, clauses, as_of: str, defaults: ValidityDefaults) -> list[Finding]:
    """A document of a kind that needs no 有效期 (an 办事指南, an annex, an internal rule) but is tried (``on_trial``):
    a trial is bounded by its nature, so the office's setting presumes it over after ``provisional_years`` as it
    does a 规范性文件 on trial (``presume``). One finding, quoting the words that make it a trial, with the
    presumption the disposition reads (``detail["presumed_lapsed"]``); none when the setting does not presume it,
    the document states its own period, or no date can be read."""
    from statutes.dates import latest_day

    from .disposition import add_months

    if doc.validity or getattr(doc, "draft", "") or not on_trial(doc.title, doc.text):
        return []
    if not defaults.lapses(doc.provisional, True):
        return []
    start = latest_day(in_force_from(doc))
    if start is None:
        return []
    term = defaults.term(doc.provisional, True)
    end = add_months(start, round(term * 12)) - timedelta(days=1)
    if end >= date.fromisoformat(as_of[:10]):
        return []
    quote, clause = _trial_quote(doc, clauses)
    note = (f"试行文件未规定试行期限，自{in_force_from(doc)}起按{years_text(term)}年计，试行期已于"
            f"{end.isoformat()}届满，按本机关设置推定失效（{defaults.words()}）")
    return [Finding(
        rule="P-TRIAL-ENDED", category="validity", severity="warning", title="试行期已届满",
        clause=clause, quote=quote, problem=f"文件属试行或者过渡性规定，{note}。",
        suggestion="评估后宣布失效；仍需实施的，按现行规定重新制定发布。", basis=(BASIS_37,),
        detail={"presumption": note, "presumed_end": end.isoformat(), "presumed_years": term,
                "presumed_lapsed": True})]


def _trial_quote(doc, clauses):
    """The sentence that makes the document a trial (本指引为过渡性暂行规定，自…起实施 / 本办法自…起试行), else its title."""
    for c in clauses:
        for s in re.split(r"(?<=[。；\n])", c.text):
            if (_TRIAL_START.search(s) or _TRANSITIONAL.search(s)) and _OWN.search(s):
                return s.strip().rstrip("。；"), c
    return doc.title or "", None


def presume(f: Finding, doc, as_of: str, defaults: ValidityDefaults, cleanup: bool = True) -> Finding:
    """A "未规定有效期" finding with the term the office's setting presumes (module docstring): when it ends,
    whether the document is taken to have lapsed, in one sentence (``detail["presumption"]``). Without a date,
    a cleanup (``cleanup``) asks for it to be checked; a review of one document without a date is most likely
    of a draft, which needs no such note."""
    if f.rule != "P-VALIDITY-MISSING" or getattr(doc, "draft", ""):
        return f
    from statutes.dates import latest_day

    from .disposition import add_months

    trial = on_trial(doc.title, doc.text)
    term = defaults.term(doc.provisional, trial)
    what = "试行文件" if trial else (f"名称冠以“{doc.provisional}”的文件" if doc.provisional else "文件")
    start = latest_day(in_force_from(doc))
    if start is None:
        if not cleanup:
            return f
        note = (f"{what}未规定有效期，且未能读出发布或者施行日期，请核对发布日期：按{years_text(term)}年计已届满的，"
                + ("推定失效" if defaults.lapses(doc.provisional, trial) else "应当评估是否继续有效"))
        return replace(f, detail=f.detail | {"presumption": note, "date_unknown": True})
    end = add_months(start, round(term * 12)) - timedelta(days=1)
    today = date.fromisoformat(as_of[:10])
    if end >= today:
        return f
    lapsed = defaults.lapses(doc.provisional, trial)
    since = f"自{in_force_from(doc)}起"      # as the text states it (a bare year counts from its end)
    if lapsed:
        note = (f"{what}未规定有效期，{since}按{years_text(term)}年计，有效期已于{end.isoformat()}届满，"
                f"按本机关设置推定失效（{defaults.words()}）")
        title = "未规定有效期，推定有效期已届满"
    else:
        note = (f"{what}未规定有效期，{since}按{years_text(term)}年计已于{end.isoformat()}届满，"
                f"按本机关设置不推定失效（{defaults.words()}），经评估不再需要的，宣布失效")
        title = f.title
    problem = f.problem.rstrip() + note + "。"
    return replace(f, title=title, problem=problem,
                   detail=f.detail | {"presumption": note, "presumed_end": end.isoformat(),
                                      "presumed_years": term, "presumed_lapsed": lapsed})


def _clause_of(clauses, text: str, quote: str):
    """The clause holding ``quote`` (searched in clause texts), else None."""
    for c in clauses:
        if quote and quote in c.text:
            return c
    return None


def _sentence_with(text: str, needle_at: int) -> str:
    left = max(text.rfind(p, 0, needle_at) for p in "。；\n") + 1
    rights = [i for i in (text.find(p, needle_at) for p in "。；\n") if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def validity_findings(doc, clauses, as_of: str, cleanup: bool = False) -> list[Finding]:
    """P-VALIDITY-EXPIRED (its own 有效期 ended before ``as_of``) and P-PERIOD-ENDED (a one-off plan or pilot
    whose period ended); in a cleanup (``cleanup``), P-VALIDITY-UNDATED: an 有效期 stated as a term (有效期2年) with
    no date read to count it from (``undated``)."""
    from .disposition import DocMeta, _period_ended, validity_end

    meta = DocMeta.of(doc, clauses)
    today = date.fromisoformat(as_of[:10])
    out: list[Finding] = []
    end = validity_end(meta)
    if end is not None and end < today and doc.validity:
        quote, clause = _validity_quote(doc.validity.strip(), clauses)
        out.append(Finding(
            rule="P-VALIDITY-EXPIRED", category="validity", severity="error", title="有效期已届满",
            clause=clause, quote=quote,
            problem=f"文件规定“{doc.validity.strip()}”，有效期已于{end.isoformat()}届满，文件已自动失效，不得再作为行政管理依据。",
            suggestion="列入失效文件目录（宣布失效）；确需继续实施的，按程序重新制定发布。",
            basis=(BASIS_37,), detail={"validity_end": end.isoformat()}))
        return out
    if cleanup and end is None:
        out += undated(doc, clauses, meta)
    ended = _period_ended(meta, today)
    if ended:
        quote, clause = _period_quote(doc, clauses, meta)
        out.append(Finding(
            rule="P-PERIOD-ENDED", category="validity", severity="warning", title="阶段性工作的实施期限已届满",
            clause=clause, quote=quote, problem=ended.replace("，建议宣布失效", "").replace("请核实后宣布失效", "请核实") + "。",
            suggestion="任务已完成的，宣布失效；仍需实施的内容，按现行规定另行制定。",
            basis=(BASIS_37,), detail={"period_end": meta.period_end, "period": meta.period}))
        if not (meta.period and (meta.period in (doc.title or "") or "年度" in meta.period)):
            out[-1] = passed_deadlines(out[-1], doc, clauses, today)    # a period read from the text, not the title
    return out


def passed_deadlines(f: Finding, doc, clauses, today: date) -> Finding:
    """A plan whose period ended lists the other places its deadlines stand (``detail.folded``, as an old body's
    places are listed: review.agencies.place): each sentence setting a target or deadline (到2015年, 于2007年12月底前报送,
    今明两年) whose year has passed — a reviewer marks each task as spent ("所定工作期限均在2007年底届满"), and the
    problem says how many there are."""
    from .disposition import made_on, work_deadlines

    text = doc.text or ""
    own = f.quote or ""
    places, seen = [], {own}
    for year, _words, at in sorted(work_deadlines(text, made_on(doc)), key=lambda d: d[2]):
        if year >= today.year:
            continue
        sentence = _sentence_with(text, at)
        clause = _clause_of(clauses, text, sentence)
        if clause is None or sentence in seen or len(sentence) < 8:
            continue
        seen.add(sentence)
        inner = clause.text.find(sentence)
        places.append({"clause": clause.label, "index": clause.index, "quote": sentence,
                       "start": clause.start + inner if inner >= 0 else -1})
    if not places:
        return f
    labels = list(dict.fromkeys(p["clause"].rstrip("、.．") for p in places if p["clause"]))
    note = (f"文件另有{len(places)}处所定完成期限已过（{'、'.join(labels[:8])}{'等' if len(labels) > 8 else ''}）。"
            if labels else f"文件另有{len(places)}处所定完成期限已过。")
    return replace(f, problem=f.problem.rstrip() + note, detail=f.detail | {"folded": places})


def lapse_told_to_maker(f: Finding, doc) -> Finding:
    """A lapse (P-VALIDITY-EXPIRED, P-PERIOD-ENDED) of another body's document, which the office lists and does not
    dispose of (``review.office.remit``): the same fact, with what the office can do — tell the maker, who declares it
    invalid — instead of listing it as invalid itself."""
    maker = (getattr(doc, "issuer", "") or "").strip() or "制定机关"
    return replace(f, suggestion=f"文件由{maker}制定，本级只列目录、不作处置；可将期限届满的情况告知制定机关，由其评估后宣布失效或者重新制定。",
                   detail={**f.detail, "told_to_maker": True})


# the name of an instrument applied again and again (国办发〔2018〕37号: 规范性文件 …在一定时期内反复适用), by its ending
_STANDING = re.compile(r"(?:办法|规定|细则|规则|规程|意见|准则|须知|标准|制度)(?:[（(](?:试行|暂行|修订)[）)])?$")


def standing_instrument(title: str) -> bool:
    """Whether ``title`` names a standing instrument — an 办法, 规定, 细则, 规则, 意见… (the one a 印发 notice carries,
    ``review.metadata.attached_title``) — which an 有效期 is for; not a bare 通知 deploying the year's tasks (关于切实做好
    土地调控工作的通知: its lapse is its tasks', read by P-PERIOD-ENDED), nor a 转发 notice (the instrument is the
    forwarded body's). Round 26 (docs26): on the labelled documents of other bodies, the reviewers wrote the missing 有效期
    of the standing instruments (D048, D088, D116, D117, D121, D160, D161) and never of the bare or forwarding
    notices (D050, D051, D104, D125, D154)."""
    from .metadata import attached_title

    if "转发" in title:
        return False
    name = re.sub(r"[（(][^（）()]*[）)]$|[\s\d\-\[\]〔〕]+$", "", attached_title(title) or title)
    return bool(_STANDING.search(name.rstrip("》")))


def missing_told_to_maker(f: Finding, doc, as_of: str, defaults: ValidityDefaults) -> Finding | None:
    """P-VALIDITY-MISSING of another body's local 规范性文件 (a province's or another city's, listed and not disposed of:
    ``review.office.remit``): the fact told to its maker, as for a lapse (``lapse_told_to_maker``) — only once the term
    its kind commonly has (``defaults``: 5 years, 暂行/试行 2), counted from the day it took effect, has run. A recent
    document without one is its maker's procedure to mend, not the listing office's; an undated one is not counted.
    Round 26 (docs26): on the labelled documents a city office's reviewers wrote such an old document's missing 有效期
    into its entry "供制定机关参考" (未规定有效期，施行已逾十年……) for 11 of the 15 of them."""
    from statutes.dates import latest_day

    from .disposition import add_months

    start = latest_day(in_force_from(doc))
    if start is None or getattr(doc, "draft", "") or not standing_instrument(doc.title or ""):
        return None
    trial = on_trial(doc.title, doc.text)
    term = defaults.term(doc.provisional, trial)
    end = add_months(start, round(term * 12)) - timedelta(days=1)
    if end >= date.fromisoformat(as_of[:10]):
        return None
    what = "试行文件" if trial else (f"名称冠以“{doc.provisional}”的文件" if doc.provisional else "文件")
    note = f"{what}自{in_force_from(doc)}起施行，未规定有效期，按一般有效期{years_text(term)}年计已于{end.isoformat()}届满"
    told = lapse_told_to_maker(f, doc)
    return replace(told, problem=told.problem.rstrip() + note + "，请制定机关评估是否继续有效。",
                   detail=told.detail | {"presumed_end": end.isoformat(), "presumed_years": term})


def undated(doc, clauses, meta) -> list[Finding]:
    """An 有效期 stated as a term (本办法自印发之日起实施，有效期2年) in an existing document from which no date of issue or
    commencement could be read (a page copied without its 落款, round-7 D013): whether it has run out cannot be told —
    the reviewer must find the date (legal-checks.md §11.4: "请核对发布日期", never 继续有效). One finding at the
    validity clause; none for a draft (no date yet) or a validity given as a date (有效期至2020年12月31日: countable)."""
    from .disposition import _VALID_UNTIL

    if not doc.validity or meta.draft or not (meta.validity_years or _VALID_UNTIL.search(meta.validity)):
        return []
    quote, clause = _validity_quote(doc.validity.strip(), clauses)
    return [Finding(
        rule="P-VALIDITY-UNDATED", category="validity", severity="warning", title="有效期无法计算",
        clause=clause, quote=quote,
        problem=(f"文件规定“{doc.validity.strip()}”，但未能读出发布或者施行日期，无法判断有效期是否已经届满；"
                 "有效期届满的文件自动失效。"),
        suggestion="请核对发布日期：有效期已届满的，列入失效文件目录（宣布失效）；未届满的，注明届满日期。",
        basis=(BASIS_37,), detail={"date_unknown": True})]


def _validity_quote(validity: str, clauses):
    """The validity clause as it stands in a clause: whole, without its article label, or its last part
    (a clause joined from two lines, a heading in brackets)."""
    label = re.sub(r"^(第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、)\s*([（(][^）)]{1,8}[）)])?\s*", "", validity)
    parts = [p for p in re.split(r"[，,]", validity) if "有效期" in p or "废止" in p or "失效" in p]
    for q in [validity, label] + parts:
        if not q:
            continue
        loose = _loose(q)                 # built once for all the clauses
        for c in clauses:
            found = _find_loose(c.text, q, loose)
            if found:
                return found, c
    return validity, None


def _loose(s: str) -> re.Pattern | None:
    """``s`` as a pattern that allows line breaks and spaces between its characters (None: nothing but spaces)."""
    chars = [re.escape(ch) for ch in re.sub(r"\s+", "", s)]
    return re.compile(r"\s*".join(chars)) if chars else None


def _find_loose(text: str, s: str, loose: re.Pattern | None = None) -> str:
    """``s`` as it stands in ``text``, line breaks and spaces inside it allowed (a clause joined from two lines);
    ``loose``: ``_loose(s)``, when asked of many texts."""
    if s in text:
        return s
    loose = loose if loose is not None else _loose(s)
    if loose is None:
        return ""
    m = loose.search(text)
    return m.group(0) if m else ""


def _period_quote(doc, clauses, meta):
    """The words that state the period: the last target year's sentence, the pilot sentence, else the title."""
    text = doc.text
    if meta.period and meta.period in text and not meta.pilot:       # a period stated in words, not a one-off task
        at = max(i for i in (text.rfind(meta.period),) if i >= 0)
        # prefer a target sentence in the body ("到2020年，……") over a task table cell
        body = [m.start() for m in re.finditer(re.escape(meta.period), text)]
        for i in body:
            s = _sentence_with(text, i)
            if len(s) > len(meta.period) + 8:
                at = i
                break
        sentence = _sentence_with(text, at)
        clause = _clause_of(clauses, text, sentence)
        if clause is not None:
            return sentence, clause
    if meta.pilot:
        task = re.escape(meta.period or "试点")
        heading = text.find("\n") if (doc.title or "") and text.lstrip().startswith((doc.title or "")[:10]) else -1
        for m in list(re.finditer(r"(列入|确定|作为|开展|纳入)[^。；\n]{0,10}" + task, text)) + list(re.finditer(task, text)):
            s = _sentence_with(text, m.start())
            if len(s) > 12 and s not in (doc.title or "") and m.start() > heading:   # a sentence, not the heading
                clause = _clause_of(clauses, text, s)
                if clause is not None:
                    return s, clause
    return doc.title or "", None


# the words of a commencement clause that state the instrument's own end (本细则自公布之日起实施，2020年12月31日废止)
_OWN_END = re.compile(r"有效期|废止|失效|届满")
_DAY = re.compile(r"[\d〇○零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")


def _commencements(doc, clauses) -> list[tuple[int, str, object]]:
    """Every commencement clause of the document's own instruments (本办法自发布之日起施行; ``_EFFECTIVE``): where its
    sentence starts in the text, the sentence, and the clause that holds it (None: none does)."""
    out, seen = [], set()
    text = doc.text or ""
    for m in _EFFECTIVE.finditer(text):
        sentence = _sentence_with(text, m.start()).rstrip("。；")
        start = text.find(sentence, max(0, m.start() - len(sentence)))
        if not sentence or start < 0 or start in seen:
            continue
        seen.add(start)
        clause = next((c for c in clauses if c.start <= start < c.end and sentence in c.text), None)
        out.append((start, sentence, clause))
    return out


# the heading line of an instrument in a compiled text (### 深圳市户籍迁入若干规定（试行）, 天津市居住证办理实施细则)
_HEADING = re.compile(r"^[#\s\u3000]*([^\s，,。；：:、]{2,60}?(?:办法|规定|意见|细则|通知|规则|方案|决定|条例|指引|标准)"
                      r"(?:[（(](?:试行|暂行)[）)])?)[\s\u3000]*$", re.M)


def _heading_before(text: str, at: int) -> str:
    """The heading of the instrument that holds offset ``at``: the last heading line before it ("" when none)."""
    last = ""
    for m in _HEADING.finditer(text, 0, at):
        last = m.group(1)
    return last


def instrument_places(f: Finding, doc, clauses) -> Finding:
    """A document that holds several instruments — a 办法 and the 细则 a notice issues with it (round-12 D086), four
    试行 办法 compiled in one text (D031) — has one commencement clause per instrument, each stating (or not) its own
    end. A validity finding on the document (its term ended: P-VALIDITY-EXPIRED; none stated: P-VALIDITY-MISSING)
    holds for every instrument whose clause says the same: those clauses are listed as the finding's other places
    (``detail.folded``, as an agency finding lists the places amended with it) — an ended term where the clause
    states an end, a missing one where it states none. A single instrument, or one text copied twice under one
    heading (D020), is left as it is."""
    if f.rule not in ("P-VALIDITY-EXPIRED", "P-VALIDITY-MISSING") or not f.quote:
        return f
    found = _commencements(doc, clauses)
    if len(found) < 2:
        return f
    if f.clause is not None:
        at = f.clause.text.find(f.quote)
        own = f.clause.start + at if at >= 0 else -1
    else:
        own = next((start for start, sentence, _ in reversed(found) if f.quote in sentence or sentence in f.quote), -1)
    own_clause = next((c for start, _, c in found if start == own), f.clause)
    expired = f.rule == "P-VALIDITY-EXPIRED"
    # an ended term: the other clauses state the same end date (一并失效 only then); a relative term (有效期5年) counts
    # from each instrument's own date, which the finding does not know
    ends = _DAY.findall(f.quote) if expired else []
    if expired and not ends:
        return f
    places = []
    for start, sentence, clause in found:
        if clause is None or start <= own < start + len(sentence) or own <= start < own + len(f.quote):
            continue
        if own_clause is not None and clause.index == own_clause.index:
            continue           # the same article: one instrument's clause, not another's
        if bool(_OWN_END.search(sentence)) != expired or expired and ends[-1] not in sentence:
            continue
        # another instrument: under a heading of its own (a text copied twice under one title is one instrument, D020)
        other = _heading_before(doc.text, start)
        if not other or other == _heading_before(doc.text, own if own >= 0 else start):
            continue
        places.append({"clause": clause.label, "index": clause.index, "quote": sentence, "start": start})
    if not places:
        return f
    labels = "、".join(dict.fromkeys(p["clause"] for p in places))
    note = (f"文件所含其他文件的施行条款（{labels}）规定了同样的失效日期，一并失效。" if expired else
            f"文件所含其他文件（{labels}）同样未规定有效期。")
    return replace(f, problem=f.problem.rstrip() + note,
                   detail=f.detail | {"folded": list(f.detail.get("folded") or ()) + places})


# the closing provisions a document ends with when it has no 附则 chapter: earlier rules repealed or yielding to it
# (以前凡与本文有抵触的规定，一律废止), who interprets it, what it leaves open — where an 有效期 clause is added
_CLOSING = re.compile(r"(以前|此前|过去|原)[^。；\n]{0,20}(规定|文件|通知|办法)[^。；\n]{0,12}(废止|失效|为准|停止执行)|"
                      r"(由|归)[^。；\n]{0,16}负责解释|解释权|未尽事宜|与本[^。；\n]{0,6}(不一致|相抵触|有抵触)")


def _closing_sentence(clauses) -> str:
    """The last sentence of the last clause when it is a closing provision (``_CLOSING``), else ""."""
    if not clauses:
        return ""
    sentences = [s.strip().rstrip("。；") for s in re.split(r"(?<=[。；\n])", clauses[-1].text) if s.strip()]
    return sentences[-1] if sentences and _CLOSING.search(sentences[-1]) else ""


def anchor_missing(f: Finding, doc, clauses) -> Finding:
    """A "未规定有效期" finding quoting the document's own 施行 clause (本办法自…起施行, 本细则2014年10月30日起施行),
    where an 有效期 is to be added; without one, the heading of its 附则 chapter, else the closing provision it ends
    with (以前凡与本文有抵触的规定，一律废止: ``_closing_sentence``)."""
    if f.rule != "P-VALIDITY-MISSING":
        return f
    found = None
    for m in _EFFECTIVE.finditer(doc.text):
        found = m
    if found is None:
        heads = [m.group(0).strip() for m in _SUPPLEMENTARY.finditer(doc.text)]
        if heads:
            return replace(f, quote=heads[-1])
        closing = _closing_sentence(clauses)
        return replace(f, quote=closing) if closing else f
    sentence = _sentence_with(doc.text, found.start()).rstrip("。；")
    # a document-level finding still (the document lacks something), quoted where the 有效期 belongs
    return replace(f, quote=sentence) if sentence else f


# a duty with a fixed deadline (应于一九九三年十二月三十一日前向派出机构申报, 应当在2005年6月底前补办手续, 须于2010年底前完成):
# the words of duty just before the date (``_DUTY_AT``), 前/以前/之前 (after 底/末) just after it
_DUTY_AT = re.compile(r"(?:应|应当|须|必须|务必)[^。；，,]{0,10}?(?:于|在)\s*$")
_BEFORE = re.compile(r"^\s*(?:底|末)?\s*(?:前|以前|之前)")
_YEAR_END = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:底|末)")
# the document's own term or repeal is no duty to be done by a date (what was done already, 已于……前完成, has no words of
# duty before its date; 本办法施行前已建成的…… is the transitional clause's own subject)
_NOT_A_DUTY = re.compile(r"有效期|废止|失效")


def _deadlines_in(sentence: str) -> list[tuple[str, date]]:
    """(the deadline as written, its last day) of each duty with a fixed deadline in ``sentence`` (``_DUTY_AT``)."""
    from statutes.dates import find_dates, latest_day

    found = [(s, e, latest_day(iso)) for s, e, iso in find_dates(sentence)]
    found += [(m.start(), m.end(), date(int(m.group(1)), 12, 31)) for m in _YEAR_END.finditer(sentence)
              if not any(s <= m.start() < e for s, e, _ in found)]
    return [(sentence[s:e], day) for s, e, day in found
            if day is not None and _DUTY_AT.search(sentence[max(0, s - 16):s]) and _BEFORE.match(sentence[e:])]


def spent_deadlines(doc, clauses, as_of: str) -> list[Finding]:
    """P-DEADLINE-PASSED: a standing instrument's duty to be done by a fixed date that has passed before ``as_of``
    (本暂行办法颁布前非法用地的，应于一九九三年十二月三十一日前向派出机构申报; round 33, dates33: D153 第七十一条, labelled
    "申报期限早已届满"). A transitional arrangement that has run its course: in a revision it is deleted, and nobody can
    comply with it any more. Only in an instrument that makes lasting rules (its title, or the one its notice issues, is an
    办法, 规定, 细则…: ``review.disposition._RULE_TITLE``) — a plan's passed deadlines are its period's
    (P-PERIOD-ENDED, ``passed_deadlines``); not the document's own commencement, term or repeal, nor what was done already
    (``_NOT_A_DUTY``: a term, a repeal; what was done already has no words of duty); not a cut-off a person's standing is measured at (2010年12月31日前取得本市户籍的: no duty before the
    date). One finding per sentence, at its clause."""
    from .disposition import _RULE_TITLE
    from .metadata import attached_title

    title = re.sub(r"\s+", "", doc.title or "")
    if not (_RULE_TITLE.search(re.sub(r"《[^》]*》", "", title)) or _RULE_TITLE.search(attached_title(title))):
        return []
    today = date.fromisoformat(as_of[:10])
    out = []
    for c in clauses:
        for start, end in sentence_spans(c.text):
            s = c.text[start:end]
            if _NOT_A_DUTY.search(s):
                continue
            passed = [(words, day) for words, day in _deadlines_in(s) if day < today]
            if not passed:
                continue
            words, day = passed[-1]
            quote = s.strip().rstrip("。；")
            out.append(Finding(
                rule="P-DEADLINE-PASSED", category="validity", severity="warning", title="规定的完成期限已届满",
                clause=c, quote=quote,
                problem=(f"“{quote}”所定期限（{words}）已经届满，该项过渡性规定已执行完毕或者已无法执行；"
                         "期满未办的情形已经处理完毕的，不再有适用余地。"),
                suggestion=("修改文件时删除该规定（期满未办的情形仍待处理的，写明处理办法）；期满后仍需规范的事项，"
                            "按现行规定另行作出规定并重新确定期限。"),
                basis=(BASIS_37,), detail={"deadline": day.isoformat()}))
    return out
