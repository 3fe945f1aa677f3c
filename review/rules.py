"""Rule packs: load, validate and compile the TOML files that hold the review rules.

A pack is a TOML file with a ``[pack]`` table, optional ``[defaults]`` merged into each rule,
optional ``[params.<省份>]`` tables (per-province parameters for metadata rules), ``[[rule]]``
entries and, for agency renames, ``[[agency]]`` entries that expand into rules.
The packaged packs live in ``review/packs/``; an office adds its own files or directories
through ``load_packs(paths)`` without touching Python. See ``review/packs/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from statutes.errors import FashenError
from statutes.numerals import article_label as _article_label

from . import lazyre
from .lazyre import LazyPattern, lazy
from .model import CATEGORIES, SEVERITIES
from .norms.conditions import READING_TABLES, ConditionError, NormCondition, parse_condition
from .norms.lexicon import Lexicon, build_lexicon, is_lexicon_file, packaged_lexicon_files

TOPICS = ("family-planning", "repealed-law", "agency", "validity", "fair-competition",
          "content", "procedure", "citation", "contract")
KINDS = ("text", "meta", "citation")
POLARITIES = ("restrictive", "condition", "beneficial", "neutral")
META_OPS = ("empty", "nonempty", ">", ">=", "<", "<=", "==", "!=", "in", "not_in", "matches",
            "not_matches")
META_FIELDS = ("path", "title", "doc_number", "issuer", "date", "kind", "validity",
               "validity_years", "provisional", "effective_date", "source_format", "province",
               "text")  # text: the whole document text (Document.text), for presence/absence checks

# Words that give an enumeration header its polarity ("下列情形之一的，不予受理：" is restrictive,
# "应当具备下列条件：" a condition list, "享受以下优待：" beneficial). Order matters: first match wins.
_POLARITY_WORDS = (
    # (round 26: 不纳入/不列入/不列为 a scheme, 确定为不合格 — 有下列情形之一的，不纳入防止返贫监测对象范围：)
    ("restrictive", r"不得|不予|禁止|取消|暂停|停止|限制|一律|责令|处以|处罚|惩戒|扣减|减分|否决|黑名单|从严|不能"
                    r"|不纳入|不列入|不列为|为不合格"),
    ("condition", r"条件|应当(提交|提供|具备|符合)|须(提交|提供|具备|符合)|需(提交|提供)|(须|需|应当?|要|必须)(满足|具备|符合)"
                  r"|材料|资格|准入|标准|指标|积分|申请"),
    ("beneficial", r"享受|奖励|优待|优惠|扶助|补贴|补助|给予|照顾|保障|服务"),
)
_POLARITY_RES = tuple((name, re.compile(words)) for name, words in _POLARITY_WORDS)


def header_polarity(header: str) -> str:
    """The polarity of an enumeration header: restrictive | condition | beneficial | neutral."""
    if not header:
        return "neutral"
    for name, rx in _POLARITY_RES:
        if rx.search(header):
            return name
    return "neutral"


class RulePackError(FashenError):
    """A rule pack cannot be used: bad TOML, unknown field, invalid regex, missing examples…"""

    def __init__(self, path, rule_id: str | None, problem: str):
        self.path = str(path)
        self.rule_id = rule_id
        self.problem = problem
        where = f"规则包 {self.path}"
        if rule_id:
            where += f" 中的规则 {rule_id}"
        super().__init__(f"{where}：{problem}")


@dataclass(frozen=True, slots=True)
class Basis:
    """A legal basis as written in a pack. The engine later replaces it with a verified Provision."""

    law: str
    article: int = 0          # 0 = the instrument as a whole (policy documents without articles)
    article_sub: int = 0
    paragraph: int | None = None
    item: int | None = None
    level: str = ""           # 法律 | 行政法规 | 部门规章 | 政策文件 …; inferred from the title if omitted
    doc_number: str = ""      # 国办发〔2018〕37号
    section: str = ""         # for policy documents: 一（一）
    note: str = ""
    text: str = ""            # optional verbatim text (for instruments the corpus does not hold)
    when: str = ""            # cited only where the finding's quote holds this pattern (a basis of one reading)

    @property
    def article_label(self) -> str:
        if not self.article:
            return self.section
        from statutes.numerals import int_to_cn

        out = _article_label(self.article, self.article_sub)
        if self.paragraph:
            out += f"第{int_to_cn(self.paragraph)}款"
        if self.item:
            out += f"第（{int_to_cn(self.item)}）项"
        return out

    @property
    def label(self) -> str:
        return f"《{self.law}》{self.article_label}"

    def to_dict(self) -> dict:
        return {"law": self.law, "article": self.article, "article_label": self.article_label,
                "paragraph": self.paragraph, "text": self.text}

    def fits(self, quote: str) -> bool:
        """Whether the basis is cited for a finding quoting ``quote``: always, unless ``when`` names the reading it
        belongs to and the quote does not hold it (婚姻登记条例 for a 未婚证明, not for a 无工作证明)."""
        return not self.when or re.search(self.when, quote) is not None


@dataclass(frozen=True, slots=True)
class Downgrade:
    """Lower a hit's severity when ``pattern`` occurs in the same sentence (e.g. the clause restates
    a license that the cited upper-level law sets)."""

    pattern: LazyPattern
    severity: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class MetaCond:
    """One condition over document metadata: ``field op value`` where value may come from a province
    parameter (``param``)."""

    field: str
    op: str
    value: object = None
    param: str = ""


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    id: str
    category: str
    title: str
    severity: str
    topics: tuple[str, ...]
    opinion: str
    basis: tuple[Basis, ...]
    kind: str = "text"
    # the opinion's words for each reading (an effect's or a burden's name) the rule's norm reads: ``{readings}`` in the
    # opinion names only those that fired in the finding's sentences (round 26); empty: the opinion as written
    opinion_readings: tuple[tuple[str, str], ...] = ()
    suggestion: str = ""
    any: tuple[LazyPattern, ...] = ()        # regexes: compiled on first use (review/lazyre.py)
    all: tuple[LazyPattern, ...] = ()
    window: int = 60
    header_polarity: tuple[str, ...] = ()
    header_any: tuple[LazyPattern, ...] = ()
    unless: tuple[LazyPattern, ...] = ()
    unless_scope: str = "sentence"
    skip_quoted: bool = False            # ignore matches inside 《…》 (titles of cited documents)
    # hits of one finding whose words (and the two characters after them) match one of these are quoted only when
    # no other hit is: the lawful levy a sentence names beside the one it adds (除缴纳工本费外，另收取……审核服务费)
    quote_avoid: tuple[LazyPattern, ...] = ()
    downgrade: tuple[Downgrade, ...] = ()
    meta: tuple[MetaCond, ...] = ()
    outcomes: tuple[str, ...] = ()       # citation rules: CitationCheck outcomes that trigger
    params: dict = field(default_factory=dict)   # province -> {name: value}; "default" always present
    valid_from: str = ""                 # the rule applies only on/after this date …
    valid_until: str = ""                # … and before this one
    date_basis: str = "review"           # "review": compare as_of; "document": the document's date
    detail: dict = field(default_factory=dict)   # extra data for the finding (new agency name …)
    examples_positive: tuple = ()
    examples_negative: tuple = ()
    doc_kinds: tuple[str, ...] = ()      # applies only to documents tagged with one of these
    not_doc_kinds: tuple[str, ...] = ()  # … and never to documents tagged with one of these
    kinds: tuple[str, ...] = ()          # document kinds (review.kinds.KINDS) the rule applies to; () = all
    pack: str = ""
    source: str = ""
    prefilter: LazyPattern | None = None  # union of all trigger regexes, searched first
    norm: tuple[NormCondition, ...] = ()  # conditions over the clause read as norms (alternatives)
    lexicon: Lexicon | None = None       # the concepts the rule's norm conditions name
    yields_to: tuple[str, ...] = ()      # more specific rules: where one of them fires on the same sentence, not this
    gate: LazyPattern | None = None      # a cheap regex a clause must match before the rule is tried (agency names)
    keys: tuple | None = None            # what a match of the gate, else the prefilter, must contain (firstchars.prepared)
    trigger_keys: tuple = ()             # what a match of each trigger (any, then all[0]) must contain (prepared_trigger)

    def fits_kinds(self, kinds) -> bool:
        """Whether the rule applies to a document tagged ``kinds`` (Document.kind, and for contracts
        行政协议/民事合同, the subtype and facts such as 竞争性选定)."""
        kinds = set(kinds or ())
        if self.doc_kinds and not kinds & set(self.doc_kinds):
            return False
        return not (self.not_doc_kinds and kinds & set(self.not_doc_kinds))

    def applies_to_kind(self, kind: str) -> bool:
        """Whether the rule applies to a document of ``kind`` (a draft counts as the kind it will become)."""
        return not self.kinds or not kind or kind in self.kinds

    def param(self, name: str, province: str | None = None):
        if province and province in self.params and name in self.params[province]:
            return self.params[province][name]
        return self.params.get("default", {}).get(name)

    def to_dict(self) -> dict:
        return {"id": self.id, "category": self.category, "title": self.title,
                "severity": self.severity, "topics": list(self.topics), "kind": self.kind,
                "pack": self.pack, "basis": [b.to_dict() | {"note": b.note} for b in self.basis]}


@dataclass(frozen=True, slots=True)
class BasisProblem:
    """A basis of a rule that does not verify against the corpus.

    ``outcome``: outside-corpus | no-text | ambiguous | repealed | not-in-force | article-not-found, or
    unheld — a basis of another level (部门规章, 国务院文件, 司法解释, …) whose work the corpus does not hold:
    reported, not a failure (the corpus holds every 法律 and 行政法规, not every other text).
    """

    rule: str
    basis: Basis
    outcome: str
    message: str

    def to_dict(self) -> dict:
        return {"rule": self.rule, "basis": self.basis.to_dict(), "outcome": self.outcome,
                "message": self.message}


# ---------------------------------------------------------------- loading

_PACK_KEYS = {"pack", "defaults", "defines", "params", "rule", "agency", "agency_defaults"}
_RULE_KEYS = {"id", "category", "title", "severity", "topics", "kind", "any", "all", "window",
              "header_polarity", "header_any", "unless", "unless_scope", "use_default_unless",
              "downgrade", "meta", "outcomes", "basis", "opinion", "suggestion", "examples",
              "valid_from", "valid_until", "date_basis", "detail", "replaces", "skip_quoted", "quote_avoid",
              "doc_kinds", "not_doc_kinds", "kinds", "norm", "yields_to", "opinion_readings"}
_BASIS_KEYS = {"law", "article", "article_sub", "paragraph", "item", "level", "doc_number",
               "section", "note", "text", "when"}
try:                                   # Python 3.11+
    from re._parser import parse as _parse_regex
except ImportError:                    # pragma: no cover
    from sre_parse import parse as _parse_regex  # type: ignore[no-redef]

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def packaged_pack_files() -> list[Path]:
    try:
        root = Path(str(resources.files("review") / "packs"))
    except (NotADirectoryError, TypeError, ModuleNotFoundError):
        root = Path(__file__).with_name("packs")
    if not root.is_dir():
        root = Path(__file__).with_name("packs")
    return sorted(root.glob("*.toml"))


def _expand(paths) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(p.glob("*.toml")))
        elif p.is_file():
            out.append(p)
        else:
            raise RulePackError(p, None, "文件或目录不存在")
    return out


def split_files(paths) -> tuple[list[Path], list[Path]]:
    """The *.toml files among ``paths`` (files or directories): (rule packs, lexicons)."""
    files = _expand(paths or [])
    lexicons = [f for f in files if is_lexicon_file(f)]
    return [f for f in files if f not in lexicons], lexicons


def load_lexicon_for(paths=None, problems: list | None = None) -> Lexicon:
    """The packaged concept lexicons plus the lexicon files among ``paths``."""
    from .norms.lexicon import default_lexicon

    _, extra = split_files(paths)
    if problems is not None:
        return build_lexicon(packaged_lexicon_files() + extra, problems)
    return build_lexicon(packaged_lexicon_files() + extra) if extra else default_lexicon()


def load_packs(paths=None, *, packaged: bool = True, problems: list | None = None) -> list[Rule]:
    """Load the packaged packs plus ``paths`` (files or directories of *.toml; a file with a ``[lexicon]``
    table extends the concept lexicons the rules name, see ``review/norms/lexicon.py``).

    A user pack may replace a packaged rule by repeating its id with ``replaces = true``;
    any other duplicate id is an error.

    ``problems``: when a list is given, every load problem (``RulePackError`` or ``LexiconError``) is appended
    to it and the rules that load are returned; otherwise the first problem is raised (as ``review`` does).
    """
    if problems is not None:
        try:
            user_packs, _ = split_files(paths)
        except RulePackError as e:
            problems.append(e)
            return []
        return _load_packs(paths, user_packs, packaged, problems)
    from . import pack_cache, rule_index
    from .norms.lexicon import adopt_default, default_is_current

    user_packs, user_lexicons = split_files(paths)
    files = packaged_lexicon_files() + user_lexicons + (packaged_pack_files() if packaged else []) + user_packs
    key = pack_cache.cache_key(files, packaged)
    cached = pack_cache.read(key)
    if cached is not None:
        rules, lexicon, regex_programs, index = cached
        lazyre.adopt(regex_programs)          # their regexes built from the stored programs, not compiled again
        if not user_lexicons:
            adopt_default(lexicon)
        rule_index.adopt(rules, index)        # each document's rule set indexed from it, its keys not chosen again
        return list(rules)                    # the restored list stays as it was, whatever a caller does to this
    rules = _load_packs(paths, user_packs, packaged, None)
    lexicon = next((r.lexicon for r in rules if r.lexicon is not None), None)
    index = rule_index.whole_index(rules)
    rule_index.adopt(rules, index)
    if default_is_current() and pack_cache.cache_key(files, packaged) == key:   # no file edited while loading
        pack_cache.write(key, (rules, lexicon, lazyre.programs(regex_sources(rules, lexicon)), index))
    return rules


def cached_default_lexicon() -> Lexicon | None:
    """The packaged lexicons as the rule-pack cache stored them with the packaged packs (built and validated from
    the same files by the process that stored them: the key covers their bytes and this code), or None when the
    cache has no such entry. Restoring them costs a fraction of building them (compiling every concept's regex
    and running its examples: seconds of every process's start-up, bench/README.md round 12); ``load_packs``
    then finds the entry already read (``pack_cache.read``)."""
    from . import pack_cache

    cached = pack_cache.read(pack_cache.cache_key(packaged_lexicon_files() + packaged_pack_files(), True))
    if cached is None:
        return None
    rules, lexicon, regex_programs, index = cached
    lazyre.adopt(regex_programs)
    return lexicon


def regex_sources(rules, lexicon) -> list[tuple[str, int]]:
    """(source, flags) of every regex of ``rules`` and of every concept and group of ``lexicon``: what a review
    may compile (review/lazyre.py)."""
    out = []
    for r in rules:
        pats = [*r.any, *r.all, *r.header_any, *r.unless, *r.quote_avoid, *(d.pattern for d in r.downgrade), r.prefilter, r.gate]
        out += [(p.pattern, p.flags) for p in pats if p is not None]
    if lexicon is not None:
        out += [(lexicon.scan_source(name), 0) for name in (*lexicon.concepts, *lexicon.groups)]
    return out


def _load_packs(paths, user_packs, packaged: bool, problems: list | None) -> list[Rule]:
    lexicon = load_lexicon_for(paths, problems)
    files = (packaged_pack_files() if packaged else []) + user_packs
    rules: dict[str, Rule] = {}
    for f in files:
        for rule, replaces in load_pack_file(f, lexicon, problems):
            if rule.id in rules and not replaces:
                e = RulePackError(f, rule.id, f"规则编号与 {rules[rule.id].source} 中的规则重复"
                                  "（如需替换，请写 replaces = true）")
                if problems is None:
                    raise e
                problems.append(e)
                continue
            rules[rule.id] = rule
    for rule in rules.values():
        unknown = [y for y in rule.yields_to if y not in rules]
        if unknown:
            e = RulePackError(rule.source, rule.id, f"yields_to 引用了不存在的规则 {unknown}")
            if problems is None:
                raise e
            problems.append(e)
    return list(rules.values())


def check_packs(paths=None) -> list:
    """Every load problem of the packaged packs and lexicons plus ``paths``: unknown concepts and fragments,
    regexes that do not compile, bad fields, failing lexicon examples and failing rule examples — each a
    ``RulePackError`` or ``LexiconError`` naming the file, the rule or concept, and the reason. [] when all load."""
    from .match import run_example

    problems: list = []
    rules = load_packs(paths, problems=problems)
    for rule in rules:
        for expected, examples in ((True, rule.examples_positive), (False, rule.examples_negative)):
            for ex in examples:
                try:
                    ok = run_example(rule, ex) is expected
                except Exception as e:   # a broken example table must be reported, not crash the check
                    problems.append(RulePackError(rule.source, rule.id, f"例句无法运行 {ex!r}：{e}"))
                    continue
                if not ok:
                    shown = ex if isinstance(ex, str) else dict(ex)
                    problems.append(RulePackError(rule.source, rule.id,
                                                  f"{'正例未命中' if expected else '反例命中了'}：{shown!r}"))
    return problems


def load_pack_file(path, lexicon: Lexicon | None = None, problems: list | None = None) -> list[tuple[Rule, bool]]:
    """The rules of one pack. ``problems``: collect every problem (a bad rule is left out) instead of raising."""
    if problems is None:
        return _load_pack_file(path, lexicon, None)
    try:
        return _load_pack_file(path, lexicon, problems)
    except RulePackError as e:
        problems.append(e)
        return []


def _load_pack_file(path, lexicon: Lexicon | None, problems: list | None) -> list[tuple[Rule, bool]]:
    if lexicon is None:
        from .norms.lexicon import default_lexicon

        lexicon = default_lexicon()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise RulePackError(path, None, f"无法读取：{e}") from None
    except tomllib.TOMLDecodeError as e:
        raise RulePackError(path, None, f"TOML 格式错误：{e}") from None
    unknown = set(data) - _PACK_KEYS
    if unknown:
        raise RulePackError(path, None, f"未知的顶层字段 {sorted(unknown)}")
    meta = data.get("pack")
    if not isinstance(meta, dict) or not meta.get("name") or not meta.get("version"):
        raise RulePackError(path, None, "缺少 [pack] 表或其中的 name、version")
    pack_name = str(meta["name"])
    defaults = data.get("defaults", {})
    params = data.get("params", {}) or {}
    if not isinstance(params, dict) or any(not isinstance(v, dict) for v in params.values()):
        raise RulePackError(path, None, "[params.<省份>] 必须是表")
    params = {k: dict(v) for k, v in params.items()}
    params.setdefault("default", {})
    from .presumption import PRESUME_MODES

    for province, table in params.items():   # the 有效期 presumption (review.presumption): a closed set
        if "presume_lapse" in table and table["presume_lapse"] not in PRESUME_MODES:
            raise RulePackError(path, None, f"[params.{province}] presume_lapse 只能是 {'、'.join(PRESUME_MODES)}"
                                            f"（不是“{table['presume_lapse']}”）")
    defines = data.get("defines", {})
    if not isinstance(defines, dict) or any(not isinstance(v, str) for v in defines.values()):
        raise RulePackError(path, None, "[defines] 中每项必须是正则字符串")
    resolved = {}
    for k, v in _resolve_defines(path, defines).items():
        try:
            resolved[k] = _concepts_in(path, v, lexicon)
        except RulePackError as e:
            if problems is None:
                raise
            problems.append(RulePackError(path, None, f"[defines] 的 {k}：{e.problem}"))
            resolved[k] = "(?!)"      # keep checking the rules that use it
    defines = resolved
    entries = list(data.get("rule", []))
    for ag in data.get("agency", []):
        try:
            entries.append(_agency_to_rule(path, ag, data.get("agency_defaults", {})))
        except RulePackError as e:
            if problems is None:
                raise
            problems.append(e)
    if not entries:
        raise RulePackError(path, None, "规则包中没有任何规则（[[rule]] 或 [[agency]]）")
    out = []
    for raw in entries:
        try:
            if not isinstance(raw, dict):
                raise RulePackError(path, None, "[[rule]] 条目必须是表")
            merged = _merge_defaults(defaults, raw)
            merged = _substitute(path, merged, defines, lexicon)
            out.append((_build_rule(path, pack_name, merged, params, lexicon), bool(raw.get("replaces"))))
        except RulePackError as e:
            if problems is None:
                raise
            problems.append(e)
    return out


_DEFINE_RE = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")


def _resolve_defines(path, defines: dict) -> dict:
    """Expand {{NAME}} references between defines (a fragment may use an earlier one)."""
    out = dict(defines)
    for _ in range(len(out) + 1):
        changed = False
        for k, v in out.items():
            new = _DEFINE_RE.sub(lambda m: f"(?:{out[m.group(1)]})" if m.group(1) in out else m.group(0), v)
            if new != v:
                out[k], changed = new, True
        if not changed:
            return out
    raise RulePackError(path, None, "[defines] 中的片段相互循环引用")


_CONCEPT_REF_RE = re.compile(r"\{\{([a-z][a-z0-9_.]*)\}\}")


def _concepts_in(path, text: str, lexicon: Lexicon | None, rid=None) -> str:
    """Replace {{concept}} (a lower-case lexicon concept or group name) with the concept's regex."""
    def one(m):
        if lexicon is None or m.group(1) not in lexicon:
            raise RulePackError(path, rid, f"正则中引用了未知概念 {{{{{m.group(1)}}}}}")
        return f"(?:{lexicon.source(m.group(1))})"
    return _CONCEPT_REF_RE.sub(one, text)


def _substitute(path, raw: dict, defines: dict, lexicon: Lexicon | None = None) -> dict:
    """Replace {{NAME}} in the regex fields with the pack's [defines] NAME (a shared fragment), and
    {{concept}} with a lexicon concept's regex (``{{approval}}``, ``{{local}}``, ``{{modal.prohibition}}``)."""
    def sub(rx):
        if isinstance(rx, list):
            return [sub(x) for x in rx]
        if not isinstance(rx, str):
            return rx

        def one(m):
            if m.group(1) not in defines:
                if _CONCEPT_REF_RE.fullmatch(m.group(0)):
                    return m.group(0)    # a concept: resolved next
                raise RulePackError(path, raw.get("id"), f"正则中引用了未定义的片段 {{{{{m.group(1)}}}}}")
            return f"(?:{defines[m.group(1)]})"
        return _concepts_in(path, _DEFINE_RE.sub(one, rx), lexicon, raw.get("id"))

    out = dict(raw)
    for k in ("any", "all", "unless", "header_any", "quote_avoid"):
        if k in out:
            out[k] = sub(out[k])
    if isinstance(out.get("detail"), dict) and out["detail"].get("actor"):   # an agency rule's actor pattern
        out["detail"] = dict(out["detail"], actor=sub(out["detail"]["actor"]))
    if "downgrade" in out:
        out["downgrade"] = [dict(d, pattern=sub(d.get("pattern"))) if isinstance(d, dict) else d
                            for d in out["downgrade"]]
    return out


def _merge_defaults(defaults: dict, raw: dict) -> dict:
    merged = {k: v for k, v in defaults.items() if k not in ("unless", "negative")}
    merged.update(raw)
    if raw.get("use_default_unless", True):
        merged["unless"] = list(raw.get("unless", [])) + list(defaults.get("unless", []))
    if defaults.get("negative") and merged.get("kind", "text") == "text":
        ex = dict(merged.get("examples", {}))
        ex["negative"] = list(ex.get("negative", [])) + list(defaults["negative"])
        merged["examples"] = ex
    return merged


def _agency_to_rule(path, ag: dict, tmpl: dict) -> dict:
    """Expand an ``[[agency]]`` entry (old name → new name, or a moved function) into a rule table."""
    from .agencies import agency_rule

    return agency_rule(path, ag, tmpl)


def _compile(path, rid, rx) -> LazyPattern:
    """A pack's regex, compiled once to validate it (the compiled pattern is kept for this process)."""
    if not isinstance(rx, str) or not rx:
        raise RulePackError(path, rid, f"正则表达式必须是非空字符串：{rx!r}")
    try:
        return lazy(re.compile(rx))
    except re.error as e:
        raise RulePackError(path, rid, f"正则表达式无效 {rx!r}：{e}") from None


def _str_list(path, rid, raw, key) -> list:
    v = raw.get(key, [])
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list):
        raise RulePackError(path, rid, f"字段 {key} 必须是列表")
    return v


def _build_basis(path, rid, b) -> Basis:
    if not isinstance(b, dict):
        raise RulePackError(path, rid, "basis 的每一项必须是表 {law = \"…\", article = N}")
    unknown = set(b) - _BASIS_KEYS
    if unknown:
        raise RulePackError(path, rid, f"basis 中有未知字段 {sorted(unknown)}")
    law = b.get("law")
    if not isinstance(law, str) or not law.strip() or "《" in law:
        raise RulePackError(path, rid, f"basis.law 必须是法律文件全称（不带书名号）：{law!r}")
    for k in ("article", "article_sub", "paragraph", "item"):
        if k in b and (not isinstance(b[k], int) or b[k] < 0):
            raise RulePackError(path, rid, f"basis.{k} 必须是非负整数：{b[k]!r}")
    when = b.get("when", "")
    try:
        re.compile(when)
    except (re.error, TypeError) as e:
        raise RulePackError(path, rid, f"basis.when 不是有效的正则表达式：{when!r}（{e}）") from None
    level = b.get("level") or _infer_level(law)
    if level in ("法律", "行政法规") and not b.get("article"):
        raise RulePackError(path, rid, f"《{law}》是{level}，basis 必须写明条号 article")
    return Basis(law=law.strip(), article=b.get("article", 0), article_sub=b.get("article_sub", 0),
                 paragraph=b.get("paragraph") or None, item=b.get("item") or None, level=level,
                 doc_number=b.get("doc_number", ""), section=b.get("section", ""),
                 note=b.get("note", ""), text=b.get("text", ""), when=when)


def _infer_level(law: str) -> str:
    if law.startswith("中华人民共和国") and (law.endswith("法") or law.endswith("法典")):
        return "法律"
    if law.endswith("条例"):
        return "行政法规"
    return "政策文件"


def _build_rule(path, pack_name: str, raw: dict, params: dict, lexicon: Lexicon | None = None) -> Rule:
    rid = raw.get("id")
    if not isinstance(rid, str) or not re.fullmatch(r"[A-Z][A-Z0-9]*(-[A-Z0-9]+)+", rid or ""):
        raise RulePackError(path, rid, f"规则编号 id 缺失或格式不对（应如 C-LICENSE-01）：{rid!r}")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RulePackError(path, rid, f"未知字段 {sorted(unknown)}")
    kind = raw.get("kind", "text")
    if kind not in KINDS:
        raise RulePackError(path, rid, f"kind 必须是 {KINDS} 之一：{kind!r}")
    cat = raw.get("category")
    if cat not in CATEGORIES:
        raise RulePackError(path, rid, f"category 必须是 {CATEGORIES} 之一：{cat!r}")
    sev = raw.get("severity")
    if sev not in SEVERITIES:
        raise RulePackError(path, rid, f"severity 必须是 error、warning 或 info：{sev!r}")
    topics = _str_list(path, rid, raw, "topics")
    if not topics or any(t not in TOPICS for t in topics):
        raise RulePackError(path, rid, f"topics 必须是 {TOPICS} 中的一项或多项：{topics!r}")
    for k in ("title", "opinion"):
        if not isinstance(raw.get(k), str) or not raw[k].strip():
            raise RulePackError(path, rid, f"缺少中文 {k}")
    readings_raw = raw.get("opinion_readings", {})
    if isinstance(readings_raw, str):
        if readings_raw not in READING_TABLES:
            raise RulePackError(path, rid, f"opinion_readings 引用了未知的表 {readings_raw}（可用：{sorted(READING_TABLES)}）")
        readings_raw = READING_TABLES[readings_raw]
    if not isinstance(readings_raw, dict) or not all(isinstance(v, str) and v.strip() for v in readings_raw.values()):
        raise RulePackError(path, rid, "opinion_readings 必须是读法名到中文说明的表")
    if readings_raw and "{readings}" not in raw["opinion"]:
        raise RulePackError(path, rid, "有 opinion_readings 时 opinion 须含 {readings}")
    any_ = tuple(_compile(path, rid, rx) for rx in _str_list(path, rid, raw, "any"))
    all_raw = _str_list(path, rid, raw, "all")
    all_ = tuple(_compile(path, rid, "|".join(f"(?:{x})" for x in g) if isinstance(g, list) else g)
                 for g in all_raw)
    if len(all_) == 1:
        raise RulePackError(path, rid, "all 至少需要两组正则（共现）；单组请写在 any 中")
    window = raw.get("window", 60)
    if not isinstance(window, int) or window <= 0:
        raise RulePackError(path, rid, f"window 必须是正整数：{window!r}")
    hp = tuple(_str_list(path, rid, raw, "header_polarity"))
    if any(p not in POLARITIES for p in hp):
        raise RulePackError(path, rid, f"header_polarity 必须取自 {POLARITIES}：{hp!r}")
    header_any = tuple(_compile(path, rid, rx) for rx in _str_list(path, rid, raw, "header_any"))
    unless = tuple(_compile(path, rid, rx) for rx in _str_list(path, rid, raw, "unless"))
    quote_avoid = tuple(_compile(path, rid, rx) for rx in _str_list(path, rid, raw, "quote_avoid"))
    scope = raw.get("unless_scope", "sentence")
    if scope not in ("sentence", "clause"):
        raise RulePackError(path, rid, "unless_scope 必须是 sentence 或 clause")
    downs = []
    for d in raw.get("downgrade", []):
        if not isinstance(d, dict) or "pattern" not in d or d.get("severity") not in SEVERITIES:
            raise RulePackError(path, rid, "downgrade 每项须为 {pattern = \"…\", severity = \"info\"}")
        downs.append(Downgrade(_compile(path, rid, d["pattern"]), d["severity"], d.get("note", "")))
    metas = []
    for m in raw.get("meta", []):
        if not isinstance(m, dict) or m.get("field") not in META_FIELDS or m.get("op") not in META_OPS:
            raise RulePackError(path, rid, f"meta 条件须为 {{field, op, value|param}}，field 取自 "
                                f"{META_FIELDS}，op 取自 {META_OPS}：{m!r}")
        if m.get("param") and not any(m["param"] in p for p in params.values()):
            raise RulePackError(path, rid, f"meta 条件引用的参数 {m['param']} 未在 [params.*] 中定义")
        if m["op"] in ("matches", "not_matches"):
            _compile(path, rid, m.get("value"))
        metas.append(MetaCond(m["field"], m["op"], m.get("value"), m.get("param", "")))
    outcomes = tuple(_str_list(path, rid, raw, "outcomes"))
    norm_raw = raw.get("norm", [])
    norm_raw = [norm_raw] if isinstance(norm_raw, dict) else norm_raw
    if not isinstance(norm_raw, list):
        raise RulePackError(path, rid, "norm 必须是表或表的列表")
    try:
        norm = tuple(parse_condition(c, lexicon) for c in norm_raw) if norm_raw else ()
    except ConditionError as e:
        raise RulePackError(path, rid, str(e)) from None
    if kind == "text" and not (any_ or all_ or norm):
        raise RulePackError(path, rid, "文本规则必须有 any 或 all 正则（或 norm 条件）")
    if kind == "meta" and not metas:
        raise RulePackError(path, rid, "元数据规则必须有 meta 条件")
    if kind == "citation" and not outcomes:
        raise RulePackError(path, rid, "引用规则必须有 outcomes")
    basis_raw = raw.get("basis")
    if not isinstance(basis_raw, list) or not basis_raw:
        raise RulePackError(path, rid, "至少需要一条法律依据 basis")
    basis = tuple(_build_basis(path, rid, b) for b in basis_raw)
    for k in ("valid_from", "valid_until"):
        if raw.get(k) and not _DATE_RE.match(str(raw[k])):
            raise RulePackError(path, rid, f"{k} 必须是 YYYY-MM-DD 日期：{raw[k]!r}")
    if raw.get("date_basis", "review") not in ("review", "document"):
        raise RulePackError(path, rid, "date_basis 必须是 review 或 document")
    ex = raw.get("examples", {})
    if not isinstance(ex, dict):
        raise RulePackError(path, rid, "examples 必须是表，含 positive 与 negative")
    pos, neg = list(ex.get("positive", [])), list(ex.get("negative", []))
    if len(pos) < 2 or len(neg) < 2:
        raise RulePackError(path, rid, f"至少需要 2 条正例和 2 条反例（现有正例 {len(pos)} 条、反例 {len(neg)} 条）")
    for e in pos + neg:
        if kind == "text" and not (isinstance(e, str) or (isinstance(e, dict) and "text" in e)):
            raise RulePackError(path, rid, f"文本规则的例句须为字符串或含 text 的表：{e!r}")
        if kind in ("meta", "citation") and not isinstance(e, dict):
            raise RulePackError(path, rid, f"{kind} 规则的例子须为表：{e!r}")
    doc_kinds = tuple(_str_list(path, rid, raw, "doc_kinds"))
    not_doc_kinds = tuple(_str_list(path, rid, raw, "not_doc_kinds"))
    if any(not isinstance(k, str) or not k for k in doc_kinds + not_doc_kinds):
        raise RulePackError(path, rid, "doc_kinds / not_doc_kinds 必须是非空字符串列表")
    kinds = tuple(_str_list(path, rid, raw, "kinds"))
    from .kinds import KINDS as _DOC_KINDS

    if any(k not in _DOC_KINDS for k in kinds):
        raise RulePackError(path, rid, f"kinds 必须取自 {_DOC_KINDS}：{kinds!r}")
    triggers = [p.pattern for p in any_] + ([all_[0].pattern] if all_ else [])
    prefilter = None
    if triggers:   # the union of valid patterns; parsed, not compiled, to refuse one that repeats a group name
        prefilter = LazyPattern("|".join(f"(?:{t})" for t in triggers))
        try:
            _parse_regex(prefilter.pattern)
        except re.error as e:
            raise RulePackError(path, rid, f"触发正则无法合并：{e}") from None
    from .agencies import agency_gate
    from .firstchars import prepared, prepared_trigger, required_keys

    gate = agency_gate(cat, raw.get("detail", {}))
    gate = _compile(path, rid, gate) if gate else None
    trigger_required = tuple(required_keys(p) for p in any_ + all_[:1])
    return Rule(
        id=rid, category=cat, title=raw["title"].strip(), severity=sev, topics=tuple(topics),
        opinion=raw["opinion"].strip(), basis=basis, kind=kind,
        opinion_readings=tuple((str(k), v.strip()) for k, v in readings_raw.items()),
        suggestion=str(raw.get("suggestion", "")).strip(), any=any_, all=all_, window=window,
        header_polarity=hp, header_any=header_any, unless=unless, unless_scope=scope,
        skip_quoted=bool(raw.get("skip_quoted", False)), quote_avoid=quote_avoid,
        downgrade=tuple(downs), meta=tuple(metas), outcomes=outcomes, params=params,
        valid_from=str(raw.get("valid_from", "")), valid_until=str(raw.get("valid_until", "")),
        date_basis=raw.get("date_basis", "review"), detail=dict(raw.get("detail", {})),
        examples_positive=tuple(pos), examples_negative=tuple(neg), doc_kinds=doc_kinds,
        not_doc_kinds=not_doc_kinds, kinds=kinds, pack=pack_name, yields_to=tuple(_str_list(path, rid, raw, "yields_to")),
        source=str(path), prefilter=prefilter, norm=norm, lexicon=lexicon if norm else None,
        gate=gate, keys=_keys(gate, prefilter, tuple(prepared(r) for r in trigger_required)),
        trigger_keys=tuple(prepared_trigger(r) for r in trigger_required))


def _keys(gate, prefilter, prepared_triggers) -> tuple | None:
    """What a match of the gate, else of the prefilter, must contain (``Rule.keys``). The prefilter is the union of the
    triggers, so its condition is the union of theirs: read from each trigger (exact, and as sharp as each of them)
    rather than from the union's parse, which merges its alternatives into one weak set once they are many (a rule
    whose patterns name concepts: firstchars.MAX_ALTERNATIVES)."""
    from .firstchars import prepared, required_keys

    if gate is not None:
        return prepared(required_keys(gate))
    if prefilter is None:
        return None
    if prepared_triggers and all(k is not None for k in prepared_triggers):
        return tuple(alt for k in prepared_triggers for alt in k)
    return prepared(required_keys(prefilter))


# ---------------------------------------------------------------- verification

_DEAD = ("已废止", "失效")
ALWAYS_HELD = ("法律", "行政法规")     # the corpus holds every one: a basis of these levels it lacks is a failure


def verify_bases(rules, resolver, *, as_of: str | None = None,
                 levels: tuple[str, ...] | None = ALWAYS_HELD) -> list[BasisProblem]:
    """Check every basis of ``rules`` whose level is in ``levels`` against ``resolver``; ``levels=None``: every
    basis of every level, a whole-instrument citation (no article) included — the work exists and is in force.

    Returns the problems only (an ``unheld`` basis among them when ``levels`` reaches beyond 法律 and 行政法规);
    an empty list means every basis verified.
    """
    problems: list[BasisProblem] = []
    seen: dict[tuple, tuple | None] = {}
    works: dict[str, list] = {}         # each law's works looked up once (the packs cite ~250 articles of ~70 laws)
    for rule in rules:
        for b in rule.basis:
            if levels is not None and (b.level not in levels or not b.article):
                continue
            key = (b.law, b.level in ALWAYS_HELD, b.article, b.article_sub, b.paragraph, b.item)
            if key not in seen:
                if b.law not in works:
                    works[b.law] = resolver.find_works(b.law)
                seen[key] = _verify_one(b, works[b.law], resolver, as_of)
            if seen[key]:
                outcome, msg = seen[key]
                problems.append(BasisProblem(rule.id, b, outcome, msg))
    return problems


def _verify_one(b: Basis, works: list, resolver, as_of):
    """The problem of one basis (outcome, message), or None; ``works``: ``resolver.find_works(b.law)``."""
    if not works:
        if b.level in ALWAYS_HELD:
            return "outside-corpus", f"法律库中没有《{b.law}》"
        return "unheld", f"法规库未收录《{b.law}》（{b.level or '级别未注明'}{'，' + b.doc_number if b.doc_number else ''}）"
    exact = [w for w in works if w.title == b.law]
    if len(exact) == 1:
        works = exact
    elif len(works) > 1:
        return "ambiguous", f"《{b.law}》在法律库中对应多部法律：" + "、".join(w.title for w in works)
    work = works[0]
    if not work.has_text:
        return "no-text", f"《{b.law}》在法律库中只有废止信息，没有正文"
    version = work.version_as_of(as_of)
    if version is None:
        return "no-text", f"《{b.law}》在法律库中没有版本"
    undated = work.repeal_date is None and getattr(work, "repealed_by", None)
    if version.status in _DEAD or undated or work.repeal_date and (not as_of or work.repeal_date <= as_of):
        return "repealed", f"《{b.law}》已废止" + (f"（{work.repeal_date}）" if work.repeal_date else "")
    if version.status == "尚未生效":
        return "not-in-force", f"《{b.law}》尚未生效"
    if not b.article:
        return None
    prov = resolver.provision(version.version_id, b.article, b.article_sub, b.paragraph, b.item)
    if prov is None:
        return "article-not-found", f"《{b.law}》中没有{b.article_label}"
    return None
