"""The annotated draft (fashen review --annotate): comments on the quoted words, suggested revisions for the
mechanical fixes, the rest of the package untouched, and a file Word, WPS and LibreOffice open.

Checked on a generated .docx that has what real drafts have (formatting that changes inside a quote, a table,
list numbers, an image, a header, an existing comment, another author's tracked changes), on the labelled
fixture drafts, and on the real originals O01 and O02 in ../shared (skipped without them).
"""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from review.annotate import annotate, annotate_docx, text_docx
from review.annotate.fixes import FIXES_FILE, Edit, deletion_span, load_policy, renamed
from review.annotate.validate import check_package
from review.clauses import split_clauses
from review.engine import ReviewOptions, review_document
from review.model import Finding
from review.opinion import Opinion
from review.readers import read_document
from review.rules import load_packs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WHEN = "2026-06-01T08:00:00Z"
HERE = Path(__file__).resolve().parent
DRAFTS = sorted((HERE / "fixtures" / "drafts").glob("*.txt")) + sorted((HERE / "fixtures" / "contracts").glob("*.txt"))
ORIGINALS = HERE.parents[1] / "shared" / "data" / "documents" / "originals"
REAL = ["O01_户口审批规范.docx", "O02_河南省人民政府户籍改革意见.docx"]
# the parts an annotation may rewrite; every other entry of the package must come back byte for byte
REWRITTEN = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
             "docProps/custom.xml", "_rels/.rels"}


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# ---------------------------------------------------------------- a generated draft with everything in it

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
IMAGE_RUN = ('<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="图片 1"/>'
             '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
             '<pic:nvPicPr><pic:cNvPr id="1" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr>'
             '<pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData>'
             '</a:graphic></wp:inline></w:drawing></w:r>')
BODY = (
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>某县养犬管理办法</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>第一条　本办法由县</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>工商行政</w:t></w:r>'
    '<w:r><w:t xml:space="preserve">管理局负责解释。 </w:t></w:r></w:p>'
    '<w:p><w:r><w:t>第二条　申请人应当</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>提交</w:t></w:r>'
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
    '<w:r><w:t>身份证明，且符合本县计划生育政策。</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    '<w:r><w:t>养犬人应当办理《养犬登记证》。</w:t></w:r></w:p>'
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    '<w:r><w:t>未办理登记的，</w:t></w:r><w:del w:id="7" w:author="起草人" w:date="2024-01-01T00:00:00Z">'
    '<w:r><w:delText>处五百元罚款</w:delText></w:r></w:del><w:ins w:id="8" w:author="起草人" w:date="2024-01-01T00:00:00Z">'
    '<w:r><w:t>由公安机关处一千元以下罚款</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>'
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>收费项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>标准</w:t></w:r></w:p></w:tc></w:tr>'
    '<w:tr><w:tc><w:p><w:r><w:t>犬只登记管理费</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>每只每年</w:t></w:r>'
    '<w:r><w:tab/><w:t>500元</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    '<w:p><w:r><w:t>依据《城市房屋拆迁管理条例》制定本办法。</w:t></w:r>' + IMAGE_RUN + '</w:p>'
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/></w:sectPr>'
)
NUMBERING = (f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/>'
             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
COMMENTS = (f'<w:comments {NS}><w:comment w:id="0" w:author="办公室" w:date="2024-01-02T00:00:00Z" w:initials="办">'
            '<w:p><w:r><w:t>原有批注</w:t></w:r></w:p></w:comment></w:comments>')
CT = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
      '</Types>')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdNum" Type="{REL}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rIdHdr" Type="{REL}/header" Target="header1.xml"/>'
            f'<Relationship Id="rIdImg" Type="{REL}/image" Target="media/image1.png"/>'
            f'<Relationship Id="rIdCom" Type="{REL}/comments" Target="comments.xml"/></Relationships>')
PKG_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')


def generated_docx(path: Path, body: str = BODY) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", PKG_RELS)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                        f'<w:document {NS}><w:body>{body}</w:body></w:document>')
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/comments.xml", COMMENTS)
        z.writestr("word/header1.xml", f'<w:hdr {NS}><w:p><w:r><w:t>某县人民政府文件</w:t></w:r></w:p></w:hdr>')
        z.writestr("word/media/image1.png", PNG)
    return path


def finding(quote: str, severity="warning", category="procedure", rule="X-TEST", **kw) -> Finding:
    return Finding(rule=rule, category=category, severity=severity, title="测试", clause=None, quote=quote,
                   problem=kw.pop("problem", f"“{quote}”有问题。"), suggestion=kw.pop("suggestion", "请修改。"), **kw)


def opinion_of(doc, findings) -> Opinion:
    return Opinion.build(doc, findings, as_of="2026-06-01", snapshot=None, clauses_reviewed=1)


REVIEWERS = {"合法性审查", "县司法局"}


def ranges(data: bytes) -> dict[int, str]:
    """Comment id -> the drafter's text under its range, read straight from the XML, independently of fashen's
    text map: text as the drafter's revisions leave it, fashen's suggested revisions rejected."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    open_ids: set[int] = set()
    out: dict[int, list[str]] = {}
    for el in root.iter():
        if el.tag == q("commentRangeStart"):
            open_ids.add(int(el.get(q("id"))))
            out.setdefault(int(el.get(q("id"))), [])
        elif el.tag == q("commentRangeEnd"):
            open_ids.discard(int(el.get(q("id"))))
        elif el.tag in (q("t"), q("delText"), q("tab")):
            revision = next(el.iterancestors(q("ins"), q("del")), None)
            by_us = revision is not None and revision.get(q("author")) in REVIEWERS
            if (revision is not None and revision.tag == q("ins") and by_us) or (el.tag == q("delText") and not by_us):
                continue
            text = "\t" if el.tag == q("tab") else (el.text or "")
            for cid in open_ids:
                out[cid].append(text)
    return {cid: "".join(parts) for cid, parts in out.items()}


def comments_of(data: bytes) -> dict[int, tuple[str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/comments.xml"))
    return {int(c.get(q("id"))): (c.get(q("author")), "\n".join("".join(t.text or "" for t in p.iter(q("t")))
                                                                for p in c.iter(q("p"))))
            for c in root.iter(q("comment"))}


def unchanged_entries(before: bytes, after: bytes) -> list[str]:
    """Entries of ``before`` that ``after`` changed although they are not among the parts annotation rewrites."""
    with zipfile.ZipFile(io.BytesIO(before)) as a, zipfile.ZipFile(io.BytesIO(after)) as b:
        names_b = set(b.namelist())
        return [n for n in a.namelist() if n not in REWRITTEN and (n not in names_b or a.read(n) != b.read(n))]


@pytest.fixture
def draft(tmp_path):
    return generated_docx(tmp_path / "送审稿.docx")


def test_generated_draft_reads_as_expected(draft):
    doc = read_document(draft)
    assert doc.text.split("\n") == [
        "某县养犬管理办法",
        "第一条　本办法由县工商行政管理局负责解释。",
        "第二条　申请人应当提交身份证明，且符合本县计划生育政策。",
        "第三条　养犬人应当办理《养犬登记证》。",             # list number from numbering.xml
        "第四条　未办理登记的，由公安机关处一千元以下罚款。",   # another author's revisions accepted
        "收费项目 | 标准",
        "犬只登记管理费 | 每只每年\t500元",
        "依据《城市房屋拆迁管理条例》制定本办法。",
    ]


# one row per kind of place a quote can stand
ANCHORS = [
    ("工商行政管理局", "工商行政管理局"),                      # across three runs, one of them bold
    ("申请人应当提交身份证明", "申请人应当提交身份证明"),        # across an existing comment's range
    ("第三条　养犬人应当办理《养犬登记证》", "养犬人应当办理《养犬登记证》"),   # the list number is not in the XML
    ("由公安机关处一千元以下罚款", "由公安机关处一千元以下罚款"),   # inside another author's insertion
    ("未办理登记的，由公安机关处", "未办理登记的，由公安机关处"),   # across an insertion's edge (deletion skipped)
    ("犬只登记管理费", "犬只登记管理费"),                      # in a table cell
    ("每只每年\t500元", "每只每年\t500元"),                    # across a tab
    ("费 | 每只", "费"),                                      # across two cells: the first cell's part
    ("办法。", "办法。"),                                      # the first occurrence
]


@pytest.mark.parametrize("quote,anchored", ANCHORS, ids=[a[0][:8] for a in ANCHORS])
def test_each_kind_of_anchor(draft, quote, anchored):
    doc = read_document(draft)
    result = annotate_docx(draft.read_bytes(), opinion_of(doc, [finding(quote)]), when=WHEN)
    assert check_package(result.data) == []
    (p,) = result.placements
    assert p.anchored and ranges(result.data)[p.comment_id] == anchored
    author, text = comments_of(result.data)[p.comment_id]
    assert author == "合法性审查" and text.startswith(f"【建议】“{quote}”有问题。")


def test_split_runs_keep_their_formatting(draft):
    doc = read_document(draft)
    result = annotate_docx(draft.read_bytes(), opinion_of(doc, [finding("行政管")]), when=WHEN)
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(result.data)).read("word/document.xml"))
    p = root.iter(q("p")).__next__().getnext()
    runs = [("".join(t.text for t in r.iter(q("t"))), r.find(f"{q('rPr')}/{q('b')}") is not None)
            for r in p.iter(q("r")) if r.find(q("t")) is not None]
    assert runs == [("第一条　本办法由县", False), ("工商", True), ("行政", True), ("管", False),
                    ("理局负责解释。 ", False)]
    assert [t.get("{http://www.w3.org/XML/1998/namespace}space") for t in p.iter(q("t"))][-1] == "preserve"


def test_everything_else_is_untouched_and_existing_annotations_kept(draft):
    doc = read_document(draft)
    findings = [finding(a) for a, _ in ANCHORS] + [finding("", category="validity")]
    before = draft.read_bytes()
    result = annotate_docx(before, opinion_of(doc, findings), when=WHEN, policy=load_policy())
    assert check_package(result.data) == []
    assert unchanged_entries(before, result.data) == []
    comments = comments_of(result.data)
    assert comments[0] == ("办公室", "原有批注")                      # the drafter's comment, same id
    assert ranges(result.data)[0] == "提交"
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(result.data)).read("word/document.xml"))
    theirs = [(e.tag, e.get(q("id"))) for e in root.iter(q("ins"), q("del")) if e.get(q("author")) == "起草人"]
    assert theirs == [(q("del"), "7"), (q("ins"), "8")]
    ids = [e.get(q("id")) for e in root.iter(q("ins"), q("del"))] + [str(c) for c in comments]
    assert len(ids) == len(set(ids))
    assert result.anchored == len(ANCHORS) and result.unanchored == 1   # the validity finding: on the title
    title_comment = next(p.comment_id for p in result.placements if not p.anchored)
    assert ranges(result.data)[title_comment] == "某县养犬管理办法"


def test_mechanical_fixes_are_tracked_changes(draft):
    doc = read_document(draft)
    citation = {"verdict": "repealed", "article": None, "successor": "国有土地上房屋征收与补偿条例",
                "text": "《城市房屋拆迁管理条例》"}
    findings = [finding("工商行政管理局", category="agency", rule="AG-AIC"),
                finding("且符合本县计划生育政策", category="family-planning", rule="FP-COMPLY"),
                finding("《城市房屋拆迁管理条例》", category="repealed-law", rule="CITE-REPEALED", severity="error",
                        detail={"citation": citation}),
                finding("犬只登记管理费", category="fee", rule="C-FEE", severity="error")]   # no mechanical fix
    result = annotate_docx(draft.read_bytes(), opinion_of(doc, findings), when=WHEN, policy=load_policy(),
                           reviewer="县司法局")
    assert check_package(result.data) == []
    edits = {doc.text[p.edit.start:p.edit.end]: p.edit.new for p in result.placements if p.edit}
    assert edits == {"工商行政管理局": "市场监督管理局", "，且符合本县计划生育政策": "",
                     "《城市房屋拆迁管理条例》": "《国有土地上房屋征收与补偿条例》"}
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(result.data)).read("word/document.xml"))
    ours = [e for e in root.iter(q("ins"), q("del")) if e.get(q("author")) == "县司法局"]
    assert len(ours) == 5 and all(e.get(q("date")) == WHEN for e in ours)
    # the new name takes the formatting of the words it replaces (the first run of them: bold)
    ins = next(e for e in ours if e.tag == q("ins"))
    assert ins.find(f"{q('r')}/{q('rPr')}/{q('b')}") is not None
    assert ins.find(f"{q('r')}/{q('t')}").text == "市场监督管理局"
    texts = [t for _, t in comments_of(result.data).values()]
    assert any("已将“工商行政管理局”改为“市场监督管理局”（修订）" in t for t in texts)
    # accepting every revision gives the corrected text; reading the file gives the drafter's
    assert read_document(_accept_all(result.data, draft.parent / "accepted.docx")).text.split("\n")[1:3] == [
        "第一条　本办法由县市场监督管理局负责解释。", "第二条　申请人应当提交身份证明。"]
    assert read_document(_write(draft.parent / "annotated.docx", result.data)).text == doc.text


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _accept_all(data: bytes, path: Path) -> Path:
    """What Word's "accept all changes" does to runs: insertions kept, deletions dropped, marks cleared."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    for d in list(root.iter(q("del"))):
        d.getparent().remove(d)
    for i in list(root.iter(q("ins"))):
        parent, at = i.getparent(), i.getparent().index(i)
        for child in reversed(list(i)):
            parent.insert(at, child)
        parent.remove(i)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as w:
        for name in z.namelist():
            w.writestr(name, etree.tostring(root) if name == "word/document.xml" else z.read(name))
    return _write(path, out.getvalue())


def test_findings_on_the_same_words_share_one_comment(draft):
    doc = read_document(draft)
    findings = [finding("工商行政管理局", severity="error", problem="甲。"), finding("工商行政管理局", problem="乙。")]
    result = annotate_docx(draft.read_bytes(), opinion_of(doc, findings), when=WHEN)
    assert result.comments == 1 and result.anchored == 2
    (text,) = [t for cid, (_, t) in comments_of(result.data).items() if cid != 0]
    assert text.startswith("【违法】甲。") and "\n【建议】乙。" in text


def test_annotating_an_annotated_draft(draft, tmp_path):
    doc = read_document(draft)
    findings = [finding("且符合本县计划生育政策", category="family-planning", rule="FP-COMPLY")]
    once = annotate_docx(draft.read_bytes(), opinion_of(doc, findings), when=WHEN, policy=load_policy())
    again_doc = read_document(_write(tmp_path / "once.docx", once.data))
    assert again_doc.text == doc.text
    twice = annotate_docx(once.data, opinion_of(again_doc, findings + [finding("工商行政管理局")]), when=WHEN,
                          policy=load_policy())
    assert check_package(twice.data) == []
    assert read_document(_write(tmp_path / "twice.docx", twice.data)).text == doc.text
    assert all(p.anchored for p in twice.placements)


def test_random_quotes_never_break_the_file(draft):
    """Any substring of the text as a quote, many at once, overlapping: the file stays valid and every comment
    stands on its quote (less what only the reader adds: list numbers, cell separators; spaces the reader
    strips at line ends may fall inside a range that crosses lines)."""
    doc = read_document(draft)
    rng = random.Random(13)
    policy = load_policy()
    for _ in range(40):
        quotes = []
        for _ in range(rng.randint(1, 8)):
            a = rng.randrange(len(doc.text))
            b = rng.randint(a + 1, min(len(doc.text), a + 25))
            quotes.append(doc.text[a:b])
        fs = [finding(x, rule=rng.choice(["X", "FP-COMPLY"]), category=rng.choice(["procedure", "family-planning"]))
              for x in quotes]
        result = annotate_docx(draft.read_bytes(), opinion_of(doc, fs), when=WHEN, policy=policy)
        assert check_package(result.data) == [], quotes
        got = ranges(result.data)
        for p in result.placements:
            if p.anchored:
                expected = re.sub(r"第[三四]条　| \| ", "", p.text)   # what only the reader adds
                assert re.sub(r"\s", "", got[p.comment_id]) == re.sub(r"\s", "", expected), quotes


# ---------------------------------------------------------------- the fixes are data

FIXES = tomllib.loads(FIXES_FILE.read_text(encoding="utf-8"))
DELETIONS = [(d["rule"], ex) for d in FIXES["delete"] for ex in d["examples"]]


@pytest.mark.parametrize("rule,ex", DELETIONS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(DELETIONS)])
def test_deletion_examples(rule, ex):
    text, quote = ex["text"], ex["quote"]
    at = text.index(quote)
    span = deletion_span(text, at, at + len(quote))
    assert span is not None
    assert text[:span[0]] + text[span[1]:] == ex["result"]


@pytest.mark.parametrize("ex", FIXES["agency"]["examples"], ids=lambda ex: ex["old"])
def test_agency_examples(ex):
    assert renamed(ex["old"], ex["new"], load_policy()) == ex["result"]


# the deletions fashen does not make: what would remain does not read
@pytest.mark.parametrize("text,quote", [
    ("（四）家庭成员无违反计划生育政策生育子女的行为，或者违反计划生育政策生育子女已依法处理完毕满五年。",
     "家庭成员无违反计划生育政策生育子女的行为"),
    ("申请人应当符合计划生育政策。", "符合计划生育政策"),
])
def test_no_deletion_that_leaves_a_fragment(text, quote):
    at = text.index(quote)
    assert deletion_span(text, at, at + len(quote)) is None


def test_every_delete_rule_exists_and_agency_renames_come_from_the_packs():
    ids = {r.id for r in load_packs()}
    assert {d["rule"] for d in FIXES["delete"]} <= ids
    policy = load_policy()
    assert {"AG-AIC", "AG-HEALTH-FP"} <= set(policy.agencies) <= ids


def test_edit_describes_itself():
    assert Edit(0, 3, "工商局", "市场监督管理局").describe() == "已将“工商局”改为“市场监督管理局”（修订）"
    assert Edit(0, 3, "，且符合", "").describe() == "已删除“，且符合”（修订）"


# ---------------------------------------------------------------- the fixture drafts, reviewed for real

@pytest.fixture(scope="module")
def rules():
    return load_packs()


_REVIEWED: dict = {}


def _review(path: Path, corpus, rules, as_of="2026-06-01"):
    """The opinion on ``path`` (reviewed once per test session: opinions are immutable)."""
    key = (str(path), as_of)
    if key not in _REVIEWED:
        _REVIEWED[key] = review_document(read_document(path), corpus, rules, ReviewOptions(as_of=as_of))
    return _REVIEWED[key]


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.stem[:8])
def test_fixture_drafts(path, corpus, rules, tmp_path):
    op = _review(path, corpus, rules)
    result = annotate(op, when=WHEN, policy=load_policy())
    assert result.new_document and check_package(result.data) == []
    got = ranges(result.data)
    revised = {p.comment_id for p in result.placements if p.edit is not None}
    for p in result.placements:
        f = op.findings[p.finding]
        if p.anchored:   # exactly its words, or with what its comment's deletion takes along (a separator, the line)
            assert f.quote in p.text and got[p.comment_id] == p.text.replace("\n", "")
            assert p.text == f.quote or p.comment_id in revised
        else:            # only a finding about the document as a whole, without words to stand on
            assert f.clause is None and (not f.quote or f.quote not in op.document.text)
    back = read_document(_write(tmp_path / "back.docx", result.data))
    assert back.text == op.document.text


# ---------------------------------------------------------------- the real originals

@pytest.fixture
def originals(shared):
    if not ORIGINALS.is_dir():
        pytest.skip("originals not in ../shared")
    return ORIGINALS


@pytest.mark.parametrize("name", REAL, ids=lambda n: n[:3])
def test_real_originals(name, originals, corpus, rules, tmp_path):
    src = originals / name
    op = _review(src, corpus, rules)
    result = annotate(op, src, when=WHEN, policy=load_policy())
    assert check_package(result.data) == []
    assert unchanged_entries(src.read_bytes(), result.data) == []
    got = ranges(result.data)
    for p in result.placements:
        f = op.findings[p.finding]
        if f.quote and f.quote in op.document.text:
            assert p.anchored, f.quote              # every finding with an anchorable quote is anchored
            assert f.quote in p.text and got[p.comment_id] == p.text.replace("\n", "")
    annotated = _write(tmp_path / name, result.data)
    back = read_document(annotated)
    assert back.text == op.document.text
    assert [(c.label, c.text) for c in split_clauses(back)] == [(c.label, c.text) for c in split_clauses(op.document)]


# ---------------------------------------------------------------- what a user sees: LibreOffice

@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_libreoffice_shows_every_comment(originals, corpus, rules, tmp_path):
    """LibreOffice opens the annotated O01 without complaint and exports every comment: in the margin (text
    layer) where its version can, else as PDF comment annotations (LibreOffice 7.4, headless)."""
    from pypdf import PdfReader

    src = originals / REAL[0]
    op = _review(src, corpus, rules)
    result = annotate(op, src, when=WHEN, policy=load_policy())
    annotated = _write(tmp_path / "annotated.docx", result.data)
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},'
                                    '"ExportNotesInMargin":{"type":"boolean","value":"true"}}',
                    "--outdir", str(tmp_path), str(annotated)], check=True, capture_output=True, timeout=180)
    reader = PdfReader(tmp_path / "annotated.pdf")
    layer = re.sub(r"\s", "", "".join(page.extract_text() or "" for page in reader.pages))
    notes = re.sub(r"\s", "", "".join(str(a.get_object().get("/Contents", "")) for page in reader.pages
                                      for a in (page.get("/Annots") or [])))
    for cid, (author, text) in comments_of(result.data).items():
        first = re.sub(r"\s", "", text.split("\n")[0])[:40]
        assert first in layer or first in notes, first
    assert "合法性审查" in "".join(str(a.get_object().get("/T", "")) for page in reader.pages
                                for a in (page.get("/Annots") or []))


# ---------------------------------------------------------------- drafts that are not .docx

def test_text_draft_becomes_a_docx_with_its_paragraphs(tmp_path):
    path = tmp_path / "送审稿.txt"
    path.write_text("某县办法\n第一条　由县工商局负责。\n第二条　其他。\n", encoding="utf-8")
    doc = read_document(path)
    data = text_docx(doc)
    assert read_document(_write(tmp_path / "plain.docx", data)).text == doc.text
    result = annotate(opinion_of(doc, [finding("县工商局", category="agency", rule="AG-AIC")]), when=WHEN,
                      policy=load_policy())
    assert result.new_document and result.revisions == 1 and check_package(result.data) == []


# ---------------------------------------------------------------- the command

def _fashen(*args, db):
    from clirun import fashen

    return fashen(*args, db=db, cwd=HERE.parent)


def test_cli_annotate(draft, corpus_path, tmp_path):
    target = tmp_path / "送审稿（审查）.docx"
    r = _fashen("review", draft, "--annotate", target, "--reviewer", "某县司法局", "--fail-on", "none", db=corpus_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""                                  # --annotate alone: the memo is not printed
    assert re.search(r"批注稿已写入 .*：批注 \d+ 条（问题 \d+ 项，其中 \d+ 项批注在原文处），修订 \d+ 处", r.stderr)
    data = target.read_bytes()
    assert check_package(data) == [] and {a for a, _ in comments_of(data).values()} == {"办公室", "某县司法局"}
    assert read_document(target).text == read_document(draft).text


@pytest.mark.parametrize("target,message", [
    (lambda d, draft: draft, "不能写到送审稿本身"),
    (lambda d, draft: d / "审查.txt", "须为 .docx"),
    (lambda d, draft: d / "x" / ".." / draft.name, "不能写到送审稿本身"),
])
def test_cli_refuses_to_annotate_over_the_draft(draft, corpus_path, tmp_path, target, message):
    before = draft.read_bytes()
    r = _fashen("review", draft, "--annotate", target(draft.parent, draft), db=corpus_path)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr
    assert draft.read_bytes() == before


def test_cli_annotates_a_text_draft_as_a_new_docx(corpus_path, tmp_path):
    target = tmp_path / "审查.docx"
    r = _fashen("review", DRAFTS[0], "--annotate", target, "--out", tmp_path / "意见.md", "--fail-on", "none",
                db=corpus_path)
    assert r.returncode == 0, r.stderr
    assert "已将其文字另存为新的 .docx 并加批注" in r.stderr and target.exists() and (tmp_path / "意见.md").exists()


def test_python_docx_reads_every_comment(draft, corpus, rules, tmp_path):
    """An independent reader (python-docx ≥ 1.2) opens the annotated drafts and finds every comment."""
    docx = pytest.importorskip("docx")
    if not hasattr(docx.document.Document, "comments"):
        pytest.skip("python-docx without comments support (< 1.2)")
    sources = [(draft, annotate_docx(draft.read_bytes(), opinion_of(read_document(draft),
                                                                        [finding("工商行政管理局")]), when=WHEN))]
    if ORIGINALS.is_dir():
        src = ORIGINALS / REAL[0]
        sources.append((src, annotate(_review(src, corpus, rules), src, when=WHEN, policy=load_policy())))
    for src, result in sources:
        path = _write(tmp_path / f"annotated-{src.name}", result.data)
        expected = {cid: text for cid, (_, text) in comments_of(result.data).items()}
        found = {c.comment_id: (c.author, c.text) for c in docx.Document(str(path)).comments}
        assert set(found) == set(expected)
        for p in result.placements:
            author, text = found[p.comment_id]
            assert author == "合法性审查" and text.replace("\n", "") == expected[p.comment_id].replace("\n", "")


# one row per citation fix: (quote in its sentence, the citation check, the edit or None)
CITATION_FIXES = [
    # a repealed law cited as a whole: its title becomes the successor's
    ("依据《中华人民共和国合同法》制定。", "《中华人民共和国合同法》",
     {"verdict": "repealed", "article": None, "successor": "中华人民共和国民法典"},
     ("《中华人民共和国合同法》", "《中华人民共和国民法典》")),
    # … unless the sentence already cites the successor: then the old title goes
    ("根据《国有土地上房屋征收与补偿条例》、《城市房屋拆迁管理条例》订立。", "《城市房屋拆迁管理条例》",
     {"verdict": "repealed", "article": None, "successor": "国有土地上房屋征收与补偿条例"},
     ("、《城市房屋拆迁管理条例》", "")),
    # an article of a repealed law: only when the corpus resolved the successor's article
    ("依照《中华人民共和国合同法》第五十二条处理。", "《中华人民共和国合同法》第五十二条",
     {"verdict": "repealed", "article": 52, "successor": "中华人民共和国民法典", "successor_article": "第一百五十三条"},
     ("《中华人民共和国合同法》第五十二条", "《中华人民共和国民法典》第一百五十三条")),
    ("依照《中华人民共和国合同法》第五十二条处理。", "《中华人民共和国合同法》第五十二条",
     {"verdict": "repealed", "article": 52, "successor": "中华人民共和国民法典"}, None),
    # a quote that matches another article of the same law: the article number changes
    ("《中华人民共和国行政许可法》第17条规定：“……”", "《中华人民共和国行政许可法》第17条",
     {"verdict": "quote_differs", "article": 17, "suggestion": "第十六条"}, ("第17条", "第十六条")),
    # … not when the citation names a paragraph the suggestion does not
    ("《中华人民共和国行政许可法》第十七条第二款规定", "《中华人民共和国行政许可法》第十七条第二款",
     {"verdict": "quote_differs", "article": 17, "paragraph": 2, "suggestion": "第十六条"}, None),
    ("《中华人民共和国行政许可法》第十七条规定", "《中华人民共和国行政许可法》第十七条",
     {"verdict": "quote_differs", "article": 17}, None),       # no article the quote matches better
]


@pytest.mark.parametrize("text,quote,citation,expected", CITATION_FIXES, ids=[str(i) for i in range(len(CITATION_FIXES))])
def test_citation_fixes(text, quote, citation, expected):
    from review.annotate.fixes import mechanical_edit

    category = "repealed-law" if citation["verdict"] == "repealed" else "citation"
    f = finding(quote, category=category, severity="error", detail={"citation": citation})
    edit = mechanical_edit(f, text, text.index(quote), load_policy())
    assert (None if edit is None else (edit.old, edit.new)) == expected


def test_two_repealed_laws_with_one_successor():
    from review.annotate.fixes import without_repeats

    text = "根据《中华人民共和国合同法》《中华人民共和国物权法》制定。"
    a, b = text.index("《中华人民共和国合同法》"), text.index("《中华人民共和国物权法》")
    edits = [Edit(b, b + 12, "《中华人民共和国物权法》", "《中华人民共和国民法典》"),
             Edit(a, a + 12, "《中华人民共和国合同法》", "《中华人民共和国民法典》")]
    assert [(e.old, e.new) for e in without_repeats(edits, text)] == [
        ("《中华人民共和国合同法》", "《中华人民共和国民法典》"), ("《中华人民共和国物权法》", "")]
