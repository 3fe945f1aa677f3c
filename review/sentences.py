"""Sentence boundaries: the one helper every module uses to cut a text into sentences.

A sentence ends with 。；！？ (its mark is part of it) or at a line break (which is not).
"""

from __future__ import annotations

import functools
import re

CLOSING_MARKS = "。；;！？!?"
SENTENCE_END = CLOSING_MARKS + "\n"
PHRASE_MARKS = "，,：:"            # a phrase ends at a comma or a colon inside its sentence
PHRASE_END = SENTENCE_END + PHRASE_MARKS
ENUMERATION_COMMA = "、"           # ends a quote's phrase too (the items of an enumeration), not a norm's
# the mark an enumerated list item starts with: （三）, (3), 三、, 3．
ITEM_MARK = r"(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])"

# the marks a sentence of the opinion's own prose can close inside (……条文。） or ……”。 is not doubled)
_CLOSE_AFTER_END = "）)”』」"


def closed(text: str) -> str:
    """``text`` (a sentence of the opinion's own prose) as a closed sentence, ready for the next one to follow: 。 added
    unless it already ends with 。！？, alone or before a closing bracket or quote (……的相应条文。） stays as it is, where
    adding 。 would write ……条文。）。)."""
    body = text.rstrip("。")
    inner = body.rstrip(_CLOSE_AFTER_END)
    if inner != body and inner[-1:] in "。！？!?":
        return body
    return body + "。"


def start_after(text: str, at: int, marks: str) -> int:
    """The offset just after the last of ``marks`` before ``at`` (0 when there is none): where the phrase or sentence
    holding ``at`` starts, for the marks that end one."""
    return max(text.rfind(c, 0, at) for c in marks) + 1


def end_before(text: str, at: int, marks: str) -> int:
    """The offset of the first of ``marks`` at or after ``at`` (the text's length when there is none): where the
    phrase or sentence holding ``at`` ends, for the marks that end one; ``start_after``'s other side."""
    found = [i for i in (text.find(c, at) for c in marks) if i >= 0]
    return min(found) if found else len(text)


def pieces(text: str, separator: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of every piece of ``text`` between matches of ``separator``, blank pieces left out."""
    out, at = [], 0
    for m in separator.finditer(text):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < len(text):
        out.append((at, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def stretch(text: str, start: int, end: int, marks: str) -> tuple[int, int]:
    """The stretch around [start, end) that no character of ``marks`` interrupts (the marks left out)."""
    s = start
    while s > 0 and text[s - 1] not in marks:
        s -= 1
    e = end
    while e < len(text) and text[e] not in marks:
        e += 1
    return s, e


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous sentence end to its own closing mark
    (included; a line break is not). A span that itself ends with a closing mark ends its sentence there."""
    if end > start and text[end - 1] in SENTENCE_END:
        return stretch(text, start, start, SENTENCE_END)[0], end - (text[end - 1] == "\n")
    s, e = stretch(text, start, end, SENTENCE_END)
    return s, e + (e < len(text) and text[e] != "\n")


_ENDS = re.compile(f"[{re.escape(SENTENCE_END)}]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of ``text`` as (start, end) (closing mark included, line break not), blank ones left out."""
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=2048)     # (round 42, speed42) a clause's sentences are asked for by several readings
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    out, s = [], 0
    for m in _ENDS.finditer(text):          # the marks found by the regex engine, not a Python loop over the text
        i = m.start()
        e = i if text[i] == "\n" else i + 1
        if text[s:e].strip(" \t\u3000"):
            out.append((s, e))
        s = i + 1
    if text[s:].strip(" \t\u3000"):
        out.append((s, len(text)))
    return tuple(out)


def sentence_texts(text: str) -> list[str]:
    """The words of every sentence of ``text`` (``sentence_spans``), closing marks left out: what a reading that
    compares sentence with sentence (an article's against a clause's) walks."""
    return [text[s:e].rstrip(CLOSING_MARKS) for s, e in sentence_spans(text)]


# the number an article's text opens with (第二条\u3000, 第12条 ), with the space after it
ARTICLE_LEAD = re.compile(r"[\s\u3000]*第[一二三四五六七八九十百千零〇\d]+条[\s\u3000]+")


def norm_spans(text: str) -> list[tuple[int, int]]:
    """The sentences a norm is read in (``sentence_spans``), the first without the article's number it opens with:
    第二条\u3000 is no word of the sentence, and a reading that counts the words before its subject or modal
    (招商引资项目落地村组的村民，……不得……提出异议) must not count it."""
    spans = sentence_spans(text)
    if spans and (lead := ARTICLE_LEAD.match(text, spans[0][0], spans[0][1])) and lead.end() < spans[0][1]:
        spans[0] = (lead.end(), spans[0][1])
    return spans


def sentence_of(text: str, at: int, limit: int | None = None) -> str:
    """The words of the sentence around offset ``at`` (without its closing mark), cut to ``limit`` characters."""
    s, e = sentence_bounds(text, at, at)
    out = text[s:e].rstrip(SENTENCE_END).strip()
    return out[:limit] if limit else out


def phrase_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase (between commas, colons and sentence marks) around [start, end)."""
    return stretch(text, start, end, PHRASE_END)


WRAP_LINE = 20      # a line at least this long that ends inside a word was wrapped by a fixed-width layout
MAX_WRAPS = 3       # lines joined on each side of a sentence


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def wrapped_at(text: str, i: int) -> bool:
    """Whether the line break at ``i`` is a hard wrap of a fixed-width layout (…户籍所在地公安机关出\n具的…): the
    line before it is long and ends inside a word, and the next line goes on with a word character or a mark
    that cannot start a sentence (……按市场租金补交租金\n，5年内不得再受理其申请)."""
    if i <= 0 or i + 1 >= len(text) or text[i] != "\n":
        return False
    line = text[text.rfind("\n", 0, i) + 1:i].rstrip(" \t\u3000")
    if len(line.strip()) < WRAP_LINE or TITLE_LINE.search(line) or _width(line) < WRAP_FILL * next_line_width(text, i):
        return False
    if line[-1].isdigit():          # a number and its unit (有效期至2020年12\n月31日, 第12\n条)
        return text[i + 1] in NUMBER_UNIT
    return _cjk(line[-1]) and (_cjk(text[i + 1]) or text[i + 1] in MID_SENTENCE)


WRAP_FILL = 0.8      # a wrapped line is at least this wide relative to the line after it


def _width(line: str) -> int:
    """The printed width of a line: a full-width (CJK) character is two columns, any other one."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in line)


def next_line_width(text: str, i: int) -> int:
    """The printed width of the line after the line break at ``i``. A line much narrower than the next one ended
    early — a cell of a table or an item of a list (从事……的适龄子女\n市城管委发的……证明) — and was not wrapped: a fixed
    width layout fills every line but a paragraph's last."""
    end = text.find("\n", i + 1)
    return _width(text[i + 1:end if end >= 0 else len(text)].rstrip(" \t\u3000"))


NUMBER_UNIT = "年月日号时条款项元万亿个岁周次倍%％"


# a document's title on a line of its own (……关于印发《……办法》的通知, ……关于……的实施意见): long and ending in a word like a
# wrapped line, but the line after it (各区人民政府，……) starts the addressee, not the rest of a word
TITLE_LINE = re.compile(r"^[^，,。；;：:]*(关于|印发|转发)[^，,。；;：:]*(通知|意见|决定|办法|规定|方案|细则|批复|公告|通告)$")


MID_SENTENCE = "，、：）》”』」"   # marks no sentence starts with: a line starting with one goes on the line before


def unwrapped(text: str) -> tuple[str, list[int]]:
    """``text`` without the hard wraps of a fixed-width layout (``wrapped_at``: 由地税部\n门责令……), and for each
    character of it its offset in ``text``."""
    flat, keep = _unwrapped(text)
    return flat, list(keep)


@functools.lru_cache(maxsize=1024)     # (round 42, speed42) a wrapped clause is read by the rule pass, then by the agencies'
def _unwrapped(text: str) -> tuple[str, tuple[int, ...]]:
    parts, keep, at = [], [], 0
    i = text.find("\n")
    while i != -1:                        # only the line breaks are looked at; the text between is kept as it is
        if wrapped_at(text, i):
            parts.append(text[at:i])
            keep.extend(range(at, i))
            at = i + 1
        i = text.find("\n", i + 1)
    parts.append(text[at:])
    keep.extend(range(at, len(text)))
    return "".join(parts), tuple(keep)


def crosses_line_end(text: str, start: int, end: int) -> bool:
    """Whether [start, end) runs over a line break that ends a sentence (a hard wrap, ``wrapped_at``, does not): a
    heading line (3．企业纳税) and the text under it (在我市依法登记注册企业的股东……) are not one sentence, whatever a
    pattern's gap allows."""
    i = text.find("\n", start, end)
    while i != -1:
        if not wrapped_at(text, i):
            return True
        i = text.find("\n", i + 1, end)
    return False


# the next step of an order given in the sentence before (……依照《X》第N条的规定责令限期改正；逾期未改正的，处……): the
# failure to obey that order, so the step is the same enforcement and stands on the same basis
ESCALATION = re.compile(r"[\s\u3000]*(逾期|到期|期满|届期)[^，,。；;]{0,4}(未|不|没有|拒不)|[\s\u3000]*(拒不|仍不|仍未|仍然不)"
                        r"(改正|整改|纠正|补办|办理|履行|执行|交验|拆除|缴纳|报送|停止)")


def step_start(text: str, s0: int) -> int:
    """Where the reading of the sentence starting at ``s0`` starts: at the sentence before it when it is the
    escalation step (``ESCALATION``) of an order that sentence gave and closed with a semicolon."""
    if s0 >= 1 and text[s0 - 1] in "；;" and ESCALATION.match(text, s0):
        return sentence_bounds(text, s0 - 1, s0)[0]
    return s0


def over_wraps(text: str, s0: int, s1: int) -> tuple[int, int]:
    """The sentence [s0, s1) continued over the hard line wraps (``wrapped_at``) on each side of it: a line break
    inside a word (由参\n保人自行负担) does not end a sentence."""
    for _ in range(MAX_WRAPS):
        if s0 >= 2 and wrapped_at(text, s0 - 1):
            s0 = sentence_bounds(text, s0 - 2, s0 - 2)[0]
    for _ in range(MAX_WRAPS):
        if wrapped_at(text, s1):
            s1 = sentence_bounds(text, s1 + 1, s1 + 1)[1]
    return s0, s1


def wrapped_sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``sentence_bounds`` continued over hard line wraps (``over_wraps``): the sentence as a reader reads it."""
    return over_wraps(text, *sentence_bounds(text, start, end))


# the condition of a further step the sentence goes on to after a measure (……给予警告，经警告后仍不纠正的，……可按《X条例》
# 第N条规定处理; ……责令改正，逾期不改正的，……; ……，情节严重的，……): what follows it is another norm of the same sentence
NEXT_STEP = re.compile(r"[，,](?=[^，,。；;]{0,16}?(?:仍|逾期|拒不|再次|屡次|继续|情节(?:较重|严重|恶劣|特别严重))"
                       r"[^，,。；;]{0,16}?的[，,])")


# a comma that opens the act of another body named after it (……，市房地产登记机关依法不予办理房地产登记，市住房保障部门
# 责令停止违法行为，并……每套处10万元罚款: round 46, realap46, D145 第三十二条): the words before it are the earlier body's
# act, its basis included; a body that opens its own phrase with 依法 (，由X局依法责令……) is no new step here, its basis
# stands in its own words. Not the comma after the case (……提供虚假资料的，由县统计局责令改正: the body named there is the
# first to act, and the words before it are the case, not another body's act)
OTHER_BODY = re.compile(r"(?<!的)[，,](?=由?[^，,。；;]{1,16}?(?:部门|机关|机构|局|委员会|委|人民政府|办事处)"
                        r"(?:应当|应|可以|可|并|还)?(?:责令|处以|处|给予|没收|吊销|暂扣|予以|决定))")


def body_step(text: str, start: int, end: int) -> str:
    """``own_step`` from the last comma before [start, end) that opens another body's act (``OTHER_BODY``): the words
    that bear on the measure at [start, end) when an earlier body of the sentence acted on a basis of its own."""
    s0, s1 = sentence_bounds(text, start, end)
    s0, s1 = over_wraps(text, step_start(text, s0), s1)
    opened = [m.start() + 1 for m in OTHER_BODY.finditer(text, s0, start)]
    step = NEXT_STEP.search(text, end, s1)
    return text[opened[-1] if opened else s0:step.start() if step else s1].replace("\n", "")


def own_step(text: str, start: int, end: int) -> str:
    """``unwrapped_sentence`` up to the condition of a further step after [start, end) (``NEXT_STEP``): the words that
    bear on the measure at [start, end) — a basis cited for the step after it (……给予警告，经警告后仍不纠正的，……按
    《X条例》第N条规定处理) is that step's, not the warning's."""
    s0, s1 = sentence_bounds(text, start, end)
    s0, s1 = over_wraps(text, step_start(text, s0), s1)
    step = NEXT_STEP.search(text, end, s1)
    return text[s0:step.start() if step else s1].replace("\n", "")


def unwrapped_sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end) continued over hard line wraps (``wrapped_at``), without them: what a
    condition about the whole sentence reads (出\n生医学证明 is 出生医学证明); an escalation step is read with
    the order before it (``step_start``)."""
    s0, s1 = sentence_bounds(text, start, end)
    s0, s1 = over_wraps(text, step_start(text, s0), s1)
    return text[s0:s1].replace("\n", "")
