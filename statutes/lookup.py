"""Looking up a law and an article by what a person types: 行政许可法 17, 第十七条, 第一百三十三条之一."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import FashenError, InputError, NotFound
from .model import LawRecord, Provision, VersionInfo
from .numerals import article_label, cn_to_int, fullwidth_to_ascii, int_to_cn
from .store import Store, normalise_title

_ARTICLE = re.compile(r"^第?\s*([\d零〇一二三四五六七八九十百千]+)\s*条?(?:之([\d一二三四五六七八九十]+))?"
                      r"(?:第([\d一二三四五六七八九十]+)款)?(?:第[（(]?([\d一二三四五六七八九十]+)[)）]?项)?$")


MAX_NUMBER = 100_000    # no statute has more articles; larger numbers would not fit SQLite's integers anyway


def parse_article_spec(spec: str) -> tuple[int, int, int | None, int | None]:
    """'17' / '第十七条' / '第一百三十三条之一' / '第17条第2款' -> (article, sub, paragraph, item)."""
    m = _ARTICLE.match(fullwidth_to_ascii(spec.strip()).replace(" ", ""))
    if not m or cn_to_int(m.group(1)) is None:
        raise InputError(None, f"无法识别条文编号“{spec}”，请写成 17、第十七条 或 第十七条之一")
    conv = (lambda g: cn_to_int(g) if g else None)
    numbers = (cn_to_int(m.group(1)), conv(m.group(2)) or 0, conv(m.group(3)), conv(m.group(4)))
    if any(n is not None and n > MAX_NUMBER for n in numbers):
        raise InputError(None, f"条文编号“{spec}”过大：法律法规的条、款、项编号不超过 {MAX_NUMBER}")
    return numbers


class Ambiguous(FashenError):
    exit_code = 1


def resolve_law(store: Store, name: str) -> LawRecord:
    """The one work ``name`` denotes: exact title / short title / alias, else a unique title containing it."""
    works = store.find_works(name)
    if not works:
        key = normalise_title(name)
        like = store.list_works(title_like=key)
        if len(like) == 1:
            return store.work(like[0]["work_id"])
        if len(like) > 1:
            names = "、".join(f"《{w['title']}》" for w in like[:8])
            raise Ambiguous(f"“{name}”对应多部法规：{names}{' 等' if len(like) > 8 else ''}，请写出全称")
        raise NotFound(f"法规库中没有“{name}”")
    with_text = [w for w in works if w.has_text] or works
    if len(with_text) > 1:
        names = "、".join(f"《{w.title}》（{w.level}）" for w in with_text)
        raise Ambiguous(f"“{name}”对应多部法规：{names}")
    return with_text[0]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article as ``fashen statutes show`` prints it. For a repealed law, ``successor_provision`` is the
    successor's article closest to this one (or to the text the caller gave); for a law known only by its
    repeal (no text), ``units`` is empty and ``asked`` says which article was asked for."""

    law: LawRecord
    version: VersionInfo | None
    units: tuple[Provision, ...]   # the article row first, then its 款/项/目
    selected: bool = False         # a 款/项 was asked for: units hold only that part
    successor_provision: Provision | None = None
    asked: str = ""

    def body(self) -> str:
        """The article as in the source, 款 and 项 on their own lines (or just the asked-for 款/项)."""
        if self.selected:
            return "\n".join(u.text for u in self.units[1:])
        return self.units[0].text

    def to_dict(self) -> dict:
        article = self.units[0].to_dict() if self.units else None
        d = {"law": self.law.title, "level": self.law.level,
             "version": None if self.version is None else {
                 "publish_date": self.version.publish_date, "effective_date": self.version.effective_date,
                 "status": self.units[0].status if self.units else self.version.status,
                 "status_source": self.version.status_source, "status_date": self.version.status_date},
             "repeal_date": self.law.repeal_date, "successor": self.law.successor,
             "provision": article,
             "units": [u.to_dict() for u in self.units[1:]]}
        if self.law.repealed:
            d["repealed_by"] = self.law.repealed_by
            d["repeal_source"] = self.law.repeal_source
        if self.successor_provision is not None:
            d["successor_provision"] = self.successor_provision.to_dict()
        if not self.units:
            d["asked"] = self.asked
        return d


def _closest_in_successor(store: Store, law: LawRecord, text: str) -> Provision | None:
    """The article of ``law``'s successor closest to ``text`` (None without a successor with text)."""
    if not law.successor or not text.strip():
        return None
    try:
        succ = resolve_law(store, law.successor.split()[0])
    except FashenError:
        return None
    return store.closest_in(succ.work_id, text) if succ.has_text else None


def show_article(store: Store, name: str, spec: str, as_of: str | None = None,
                 text: str | None = None) -> ArticleView:
    """The article ``spec`` of the law ``name`` in the version in force on ``as_of`` (default: newest).

    A repealed law: also the successor's article closest to the article (or to ``text``, the content the
    caller has, e.g. from a document citing it). A law known only by its repeal: no units, the repeal facts
    and — given ``text`` — the successor's closest article, instead of an error.
    """
    art, sub, para, item = parse_article_spec(spec)
    law = resolve_law(store, name)
    version = law.version_as_of(as_of)
    asked = article_label(art, sub) + (f"第{int_to_cn(para)}款" if para else "") + \
        (f"第（{int_to_cn(item)}）项" if item else "")
    if version is None:
        if not law.repealed and not law.successor:
            raise NotFound(f"《{law.title}》在法规库中没有正文")
        return ArticleView(law, None, (), successor_provision=_closest_in_successor(store, law, text or ""),
                           asked=asked)
    units = store.article_units(version.version_id, art, sub)
    if para is not None:
        units = [u for u in units if u.paragraph is None or u.paragraph == para and (item is None or u.item in (None, item))]
    if not units or (para is not None and len(units) < 2):
        raise NotFound(f"《{law.title}》（{version.publish_date or ''}版）没有{asked}")
    closest = None
    if law.repealed or units[0].status in ("已废止", "失效"):
        closest = _closest_in_successor(store, law, text or units[0].text)
    return ArticleView(law, version, tuple(units), selected=para is not None, successor_provision=closest,
                       asked=asked)
