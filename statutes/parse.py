"""Parse a statute's text into units (条 / 款 / 项 / 目). Pure; never raises on odd input.

Accepted input: a LawRefBook Markdown file (``# title``, info lines, ``<!-- INFO END -->``, ``##`` headings),
a plain text download (title line, optional "（…通过…）" note, 目录 block, ``第一章　总则`` lines), or a bare body.

Conventions (documented choices):

* An article header is a line starting ``第X条`` (Chinese, Arabic or full-width numerals, optional ``之N``)
  followed by a space / U+3000 / other whitespace, by a bracketed title ``（目的）``, or by the end of the line.
  ``第X条`` glued directly to its text ("第三条为了…") counts only when X continues the numbering
  (previous article + 1), so a paragraph opening "第十条规定的…" is not mistaken for an article.
* Article text excludes the ``第X条`` label and the separator; a bracketed article title is KEPT at the start
  of the text ("（目的）为了…"), so text is always exactly what follows the label.
* 款/项/目: each line (LawRefBook: each blank-line separated paragraph) is a 款, except lines starting
  （一）/(一) (项 of the 款 above) and 1./1． (目 of the 项 above) — see ``statutes.units.article_units``.
* ``path``: the 编/分编/章/节 headings above, joined with " / " (e.g. "第二章 行政许可的设定"), from Markdown
  ``#`` lines or from plain lines like ``第二章　总则``. A heading line is never an article.
* No ``第X条`` anywhere (批复/决定 style): each top-level point ``一、`` (plain or as a ``##`` heading, numbered
  1, 2, 3… in sequence) becomes article N; with no points either, the whole body is article 1.
  Text before the first article is the ``preamble``.
* A 目录 (table of contents) block before the first article is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates, parse_cn_date
from .history import parse_history
from .model import ParsedStatute, Unit
from .numerals import ARTICLE_NUMERAL, cn_to_int
from .units import article_units

INFO_END = "<!-- INFO END -->"
_NUMCH = ARTICLE_NUMERAL + "0-9０-９"
_WS = " \u3000\u2002\u2003\u00a0\t"
_ARTICLE = re.compile(
    rf"^第\s*([{_NUMCH}－]{{1,8}}?)(\s*)条(?:之([一二三四五六七八九十]{{1,3}}))?"
    rf"(?P<sep>[{_WS}]+|(?=[（(【][^）)】]{{1,20}}[）)】])|$)?")
_HEADING = re.compile(rf"^第([{_NUMCH}]{{1,6}})(编|分编|章|节)(?![{_NUMCH}])[{_WS}]*(.*)$")
_POINT = re.compile(r"^([一二三四五六七八九十百]{1,4})、")
_MD_HEADING = re.compile(r"^(#{1,6})(?:[ \t\u3000]+|$)(.*)$")
_HEADING_RANK = {"编": 0, "分编": 1, "章": 2, "节": 3}
_SENTENCE_END = "。；;，,：:"


def _squash(text: str) -> str:
    """Whitespace between CJK characters removed, other runs collapsed: "总\u3000则" -> "总则"."""
    text = re.sub(r"\s+", " ", text.replace("\u3000", " ").replace("\u2002", " ").replace("\u00a0", " ")).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def _heading_label(text: str) -> tuple[int | None, str]:
    """(rank, normalised heading) for a structural heading "第二章　总则" -> (2, "第二章 总则"); rank None otherwise."""
    m = _HEADING.match(text.strip())
    if not m:
        return None, _squash(text)
    label = f"第{m.group(1)}{m.group(2)}"
    title = _squash(m.group(3))
    return _HEADING_RANK[m.group(2)], f"{label} {title}".strip()


def _is_plain_heading(line: str) -> bool:
    m = _HEADING.match(line)
    return bool(m) and len(line) <= 50 and not line.endswith(tuple(_SENTENCE_END))


@dataclass(frozen=True, slots=True)
class _Header:
    number: int
    sub: int
    rest: str
    glued: bool  # label directly followed by text, no separator


def _article_header(line: str) -> _Header | None:
    m = _ARTICLE.match(line)
    if not m:
        return None
    raw = m.group(1)
    number = cn_to_int(raw)
    if number is None and "－" in raw:  # "第三十－条": a dash typed for 一
        number = cn_to_int(raw.replace("－", "一"))
    if not number:
        return None
    sub = cn_to_int(m.group(3)) if m.group(3) else 0
    rest = line[m.end():].strip()
    glued = m.group("sep") is None and not m.group(2)
    return _Header(number, sub or 0, rest, glued)


def _point_header(line: str) -> _Header | None:
    m = _POINT.match(line)
    if not m:
        return None
    number = cn_to_int(m.group(1))
    return _Header(number, 0, line[m.end():].strip(), False) if number else None


def _split_head(text: str) -> tuple[str | None, list[str], list[str]]:
    """(title from "# ", info lines, body lines) of a LawRefBook file; (None, [], lines) otherwise."""
    lines = text.splitlines()
    if INFO_END not in text:
        return None, [], lines
    idx = next(i for i, ln in enumerate(lines) if INFO_END in ln)
    title, info = None, []
    for ln in lines[:idx]:
        s = ln.strip()
        if not s or s.startswith("---") or s.endswith(": true"):
            continue
        if s.startswith("# "):
            title = title or s[2:].strip()
            continue
        info.append(s)
    return title, info, lines[idx + 1:]


_ORDER_LINE = re.compile(r"^(?:.{2,30}令|第\s*[0-9０-９]+\s*号|.{2,30}令\s*(?:第\s*)?[0-9０-９]+\s*号)$")


def _is_order_line(line: str) -> bool:
    """"湖南省人民政府令第242号", "西 宁 市 人 民 政 府 令", "第　125　号": the order heading above a title."""
    return bool(_ORDER_LINE.match(_squash(line)))


def _looks_like_title(line: str) -> bool:
    return (len(line) <= 60 and not line.endswith(tuple(_SENTENCE_END + "）)"))
            and not _article_header(line) and not _HEADING.match(line) and not _is_toc(line))


def _is_toc(line: str) -> bool:
    return re.sub(r"\s", "", line) == "目录"


_HISTORY_NOTE = re.compile(r"^[（(].*(?:\d|[〇○零一二三四五六七八九]){4}\s*年.*(?:通过|公布|发布|修正|修订|施行).*[）)]$")


def _is_history_note(line: str) -> bool:
    return len(line) < 1000 and bool(_HISTORY_NOTE.match(line))


@dataclass
class _Block:
    number: int
    sub: int
    path: str
    lines: list[str]


def _strip_lines(lines: list[str]) -> list[str]:
    return [ln.strip(_WS + "\r\ufeff") for ln in lines]


def _collect(lines: list[str], header_fn, *, points: bool,
             skip_toc: bool = True) -> tuple[list[_Block], list[str], bool]:
    """Group body lines into article blocks: (blocks, preamble lines, a 目录 block never ended)."""
    blocks: list[_Block] = []
    preamble: list[str] = []
    stack: list[tuple[int, str]] = []
    toc: list[str] | None = None  # entries of a 目录 block being skipped
    last = (0, 0)

    def path() -> str:
        return " / ".join(h for _, h in stack if h)

    def push(rank: int, heading: str) -> None:
        while stack and stack[-1][0] >= rank:
            stack.pop()
        stack.append((rank, heading))

    def accept(head: _Header | None) -> bool:
        if head is None:
            return False
        if points:
            return head.number == last[0] + 1
        nxt = head.number == last[0] + 1 and head.sub == 0
        sub_next = head.number == last[0] and head.sub == last[1] + 1
        return not head.glued or nxt or sub_next or (not blocks and head.number == 1)

    for line in lines:
        if not line:
            continue
        if toc is not None:
            key = _heading_label(line.lstrip("#").strip())[1]
            if _article_header(line) is None and (not toc or key != toc[0]):
                toc.append(key)
                continue
            toc = None
        if skip_toc and not blocks and _is_toc(line.lstrip("#").strip()):
            toc = []
            continue
        md = _MD_HEADING.match(line)
        if md:
            title = md.group(2).strip()
            if not title:
                continue
            head = _point_header(title) if points else None
            if accept(head):
                blocks.append(_Block(head.number, 0, path(), [head.rest] if head.rest else []))
                last = (head.number, 0)
                continue
            rank, label = _heading_label(title)
            push(rank if rank is not None else len(md.group(1)), label)
            continue
        if _is_plain_heading(line) and not _article_header(line):
            rank, label = _heading_label(line)
            push(rank, label)
            continue
        head = header_fn(line)
        if accept(head):
            blocks.append(_Block(head.number, head.sub, path(), [head.rest] if head.rest else []))
            last = (head.number, head.sub)
        elif blocks:
            blocks[-1].lines.append(line)
        else:
            preamble.append(line)
    return blocks, preamble, toc is not None


def _blocks(body: list[str]) -> tuple[list[_Block], list[str]]:
    """Articles; else numbered points; else the whole body as article 1 (see module docstring)."""
    for fn, points in ((_article_header, False), (_point_header, True)):
        blocks, preamble, open_toc = _collect(body, fn, points=points)
        if open_toc and not blocks:  # a 目录 line with no table after it: read it as text
            blocks, preamble, _ = _collect(body, fn, points=points, skip_toc=False)
        if blocks:
            return blocks, preamble
    rest = [ln for ln in body if ln and not _MD_HEADING.match(ln)]
    notes = [ln for ln in rest if _is_history_note(ln)]
    rest = [ln for ln in rest if not _is_history_note(ln)]
    return ([_Block(1, 0, "", rest)] if rest else []), notes


def _units(blocks: list[_Block]) -> tuple[Unit, ...]:
    out: list[Unit] = []
    for b in blocks:
        out.extend(article_units(b.number, b.sub, b.lines, b.path))
    return tuple(out)


def _take_title(body: list[str]) -> tuple[str, list[str], list[str]]:
    """(title, order heading lines, remaining body) for a text without a "# " title: order headings
    ("中华人民共和国国务院令", "第　337　号") are skipped, then the first line if it looks like a title."""
    orders: list[str] = []
    while True:
        first = next((i for i, ln in enumerate(body) if ln), None)
        if first is None:
            return "", orders, body
        line = body[first]
        if line.startswith("# "):
            return line[2:].strip(), orders, body[first + 1:]
        if _is_order_line(line) and len(orders) < 3:
            orders.append(_squash(line))
            body = body[first + 1:]
            continue
        if _looks_like_title(line):
            return re.sub(r"^《(.*)》$", r"\1", line), orders, body[first + 1:]
        return "", orders, body


def _sort_preamble(preamble: list[str], after_order: bool) -> tuple[list[str], list[str]]:
    """(history lines, remaining preamble): "（…通过…）" notes, and under a 令 its dated lines."""
    history, kept = [], []
    for ln in preamble:
        if _is_history_note(ln):
            history.append(ln)
        elif after_order and parse_cn_date(_squash(ln)):
            history.append(f"{_squash(ln)} 公布")  # the signature date of a 令
        elif after_order and find_dates(ln) and len(ln) < 300:
            history.append(ln)  # "现公布《…》，自2002年1月1日起施行。"
        else:
            kept.append(ln)
    return history, kept


def parse_statute_text(text: str, *, title: str | None = None) -> ParsedStatute:
    """Parse one statute text into a ParsedStatute (title, units, history, dates, preamble).

    ``title``: when None, taken from a "# " line, else from the first line if it looks like a title
    (short, no sentence punctuation, not an article or heading; a 令 heading above it is skipped and read as
    history), else from 《…》 in a 令's publication note, else "".
    ``publish_date`` is the latest 通过/批准/公布/发布/修正/修订 date of the text's own history;
    ``effective_date`` its 施行 date, or None when the only 施行 date predates this version.
    """
    if not isinstance(text, str):
        text = ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    md_title, info, body = _split_head(text)
    body = _strip_lines(body)
    title = title if title is not None else md_title
    orders: list[str] = []
    if title is None:
        title, orders, body = _take_title(body)
    blocks, preamble = _blocks(body)
    notes, kept = _sort_preamble(preamble, bool(orders))
    if orders and not title:
        m = re.search(r"《([^《》]{2,60})》", "\n".join(preamble[:3]))
        title = m.group(1) if m else ""
    history_lines = [*info, *orders, *notes]
    hist = parse_history(history_lines)
    effective = hist.effective_date
    if effective and hist.version_date and effective < hist.version_date:
        effective = None  # the 施行 line belongs to an earlier version; this version's date is not stated
    return ParsedStatute(
        title=title.strip(), units=_units(blocks), issuer=hist.issuer, doc_number=hist.doc_number,
        publish_date=hist.version_date, effective_date=effective,
        history=tuple(history_lines), preamble="\n".join(kept))
