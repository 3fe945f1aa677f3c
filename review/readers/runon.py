"""A run-on line: a whole document flattened onto one line (a web page's text, a copy from a PDF), read back into
paragraphs.

A line longer than ``RUN_ON_CHARS`` is cut where a document's layout would have broken it: at runs of spaces
(the lost paragraph indents), after the 主送 line ("各区人民政府，市政府各部门：") and around the 文号 glued to the
title, around a 成文日期 standing between two sentences, before an article (第×条, 第×章) or a numbered item
(一、, （一）) that starts a sentence. Nothing is dropped: the pieces, stripped, are the line's words in order.
Without this the whole text is taken for the title, the 文号 cited in the body for the document's own.

A line of any length is cut before the items of a list written inline after its header ("……：(一)……;(二)……"),
so that each item is read as an item and is lent its header (``split_inline_items``).
"""

from __future__ import annotations

import re

from statutes.numerals import cn_to_int

RUN_ON_CHARS = 800
_CN_NUM = "一二三四五六七八九十百零〇○"
_DATE = rf"(?:(?:19|20)\d{{2}}|[{_CN_NUM}]{{4}})年[\d{_CN_NUM}]{{1,2}}月[\d{_CN_NUM}]{{1,3}}日"
_NUMBER = r"[\u4e00-\u9fff]{1,8}[〔\[［（(](?:19|20)\d{2}[〕\]］）)]\d{1,4}号"
_CUTS = re.compile(
    r"[ \u00a0]{3,}|\u3000{2,}|\t+"                                                  # lost paragraph indents
    rf"|(?<=[。；！？])(?=第[\d{_CN_NUM}]{{1,5}}[条章节])"                            # an article after a sentence
    rf"|(?<=[）)])(?=第[一1][条章])"                                                  # the first, after a heading
    rf"|(?<=[。；！？])(?=[{_CN_NUM}]{{1,3}}、|[（(][{_CN_NUM}]{{1,3}}[）)])"           # a numbered item
    rf"|(?<=[。])(?={_DATE})"                                                        # a 成文日期 after a sentence
    rf"|(?<=通知|决定|意见|办法|规定|细则)(?=\s*{_NUMBER})")                          # the 文号 after the title
_AFTER_NUMBER = re.compile(rf"^(.{{0,300}}?{_NUMBER})(?=各)")                          # the 主送 after the 文号
_DATE_AFTER_SENTENCE = re.compile(rf"(?:(?<=^)|(?<=\n)){_DATE}(?=\S)")
_HEADING = re.compile(rf"^第[\d{_CN_NUM}]{{1,5}}条\s*[（(][^）)]{{1,20}}[）)]$")
_ADDRESSEES = re.compile(r"^(各[^。：:\n]{2,120}[：:])(?=\S)")


# an item of a list written inline: （二）, (二) or ㈡ after the end of the item before (and its lost indent)
_SENTENCE_ENDS = tuple("。；;！？!?")
_INLINE_ITEM = re.compile(rf"(?<=[：:；;。])[ \u3000\u00a0]*(?:[（(]([{_CN_NUM}]{{1,3}})[）)]|([㈠-㈩]))")


def _item_number(m: re.Match) -> int | None:
    return cn_to_int(m.group(1)) if m.group(1) else ord(m.group(2)) - 0x321F


def split_inline_items(line: str) -> list[str]:
    """A list written inline after its header — "……不予通过：(一)超生的;(二)没有办理结婚登记生育子女的;" — cut
    before each item, so that each is read as an item of the list: only where the numbers run （一）, （二）, …
    from the first after a colon, each after the end of the item before, and the line ends a sentence (a line
    that stops mid-sentence is a wrapped line of a page, whose last item goes on in the next). Else ``[line]``."""
    if not line.rstrip(" \t\u3000\u00a0").endswith(_SENTENCE_ENDS):
        return [line]
    cuts: list[int] = []
    run: list[int] = []            # the items of the list being read
    for m in _INLINE_ITEM.finditer(line):
        n = _item_number(m)
        if n == 1 and line[m.start() - 1] in "：:":
            cuts += run if len(run) >= 2 else []
            run = [m.start()]
        elif run and n == len(run) + 1:
            run.append(m.start())
    cuts += run if len(run) >= 2 else []
    if not cuts:
        return [line]
    bounds = [0] + cuts + [len(line)]
    pieces = (line[a:z].strip(" \t\u3000\u00a0") for a, z in zip(bounds, bounds[1:]))
    return [p for p in pieces if p]


def split_run_on(line: str) -> list[str]:
    """``line`` itself when it is short (or its inline items: ``split_inline_items``); else its pieces (see the
    module docstring)."""
    if len(line) <= RUN_ON_CHARS:
        return split_inline_items(line)
    marked = _CUTS.sub("\n", line)
    marked = _DATE_AFTER_SENTENCE.sub(lambda m: m.group(0) + "\n", marked)
    out = []
    for piece in marked.split("\n"):
        piece = piece.strip(" \t\u3000\u00a0")
        m = _AFTER_NUMBER.match(piece)
        if m and len(out) < 3:
            out.append(m.group(1).strip())
            piece = piece[m.end():]
        m = _ADDRESSEES.match(piece)
        if m:
            out.append(m.group(1))
            piece = piece[m.end():].strip(" \t\u3000\u00a0")
        if piece and out and _HEADING.match(out[-1]):
            out[-1] += " " + piece             # 第三条（申请人员范围） stays with its words
        elif piece:
            out.append(piece)
    return out
