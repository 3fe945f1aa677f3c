"""Concept lexicons: the legal vocabulary the norm analyser and the rules share, as data.

A lexicon is a TOML file with a ``[lexicon]`` table and ``[[concept]]`` entries::

    [lexicon]
    name = "approval"
    version = "2026.1"

    [[concept]]
    name = "approval"                 # lower case, letters, digits, _ and .
    title = "行政审批、批准、同意"
    group = ""                        # optional: a family of concepts ("sanction"), named by a rule as a whole
    severity = 0                      # optional: a rank inside the group (sanctions: 1 notice … 5 detention)
    members = ["批准", "审批", "核准"]   # words, matched literally
    abbreviations = ["安监局"]          # short forms that count as members (agency abbreviations …)
    patterns = ['先批后办']             # regexes, where wording is the point
    examples.positive = ["须经县商务局审批同意后方可营业"]   # each must contain the concept
    examples.negative = ["审核申请材料"]                    # none may

An office extends a packaged concept without Python: a concept entry with ``extends = true`` adds its members,
abbreviations and patterns to the concept of the same name (its county's name to ``local``, its own agency
abbreviations to ``role.government``). Every problem — bad TOML, unknown field, a regex that does not compile,
an example that fails — is a ``LexiconError`` naming the file, the concept and the reason.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from statutes.errors import FashenError

from ..firstchars import text_keys
from ..lazyre import compile as compile_regex

NAME_RE = re.compile(r"^[a-z][a-z0-9_.]*$")
_LEXICON_KEYS = {"lexicon", "concept"}
_CONCEPT_KEYS = {"name", "title", "group", "severity", "members", "abbreviations", "patterns", "examples",
                 "extends", "note"}


class LexiconError(FashenError):
    """A lexicon cannot be used: bad TOML, unknown field, a regex that does not compile, a failing example."""

    def __init__(self, path, concept: str | None, problem: str):
        self.path = str(path)
        self.rule_id = concept      # the same attributes as RulePackError, so the CLI reports both alike
        self.concept = concept
        self.problem = problem
        where = f"词库 {self.path}"
        if concept:
            where += f" 中的概念 {concept}"
        super().__init__(f"{where}：{problem}")



def literal_alternation(words) -> str:
    """One regex alternation of literal ``words``: the longest first (人力三轮车 before 三轮车), words of one length in
    code-point order, so that every process builds the same source (review/lazyre.py keys stored programs by it)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))

@dataclass(frozen=True, slots=True)
class Concept:
    """One legal concept: the words and patterns that express it, with examples that the tests run."""

    name: str
    title: str = ""
    group: str = ""
    severity: int = 0
    members: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    examples_positive: tuple[str, ...] = ()
    examples_negative: tuple[str, ...] = ()
    source: str = ""
    extensions: tuple = ()      # (file, positive examples, negative examples) of each office's extends = true entry

    @property
    def regex_source(self) -> str:
        """One alternation: the longest words first (words of one length in code-point order, so that every
        process builds the same source: review/lazyre.py keys the stored programs by it), then the patterns."""
        parts = ([literal_alternation(set(self.members) | set(self.abbreviations))]
                 if self.members or self.abbreviations else []) + [f"(?:{p})" for p in self.patterns]
        return "|".join(parts) if parts else "(?!)"

    def merged(self, other: Concept) -> Concept:
        """This concept extended by an office's ``extends = true`` entry."""
        return Concept(
            name=self.name, title=self.title or other.title, group=self.group, severity=self.severity,
            members=self.members + tuple(m for m in other.members if m not in self.members),
            abbreviations=self.abbreviations + tuple(a for a in other.abbreviations if a not in self.abbreviations),
            patterns=self.patterns + tuple(p for p in other.patterns if p not in self.patterns),
            examples_positive=self.examples_positive + other.examples_positive,
            examples_negative=self.examples_negative + other.examples_negative,
            source=self.source,
            extensions=self.extensions + ((other.source, other.examples_positive, other.examples_negative),))

    def example_source(self, example: str, positive: bool) -> str:
        """The file an example comes from: an office's extension, else the concept's own file."""
        for source, pos, neg in self.extensions:
            if example in (pos if positive else neg):
                return source
        return self.source


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """All loaded concepts by name, with one compiled regex per concept (and per group)."""

    concepts: dict[str, Concept] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)   # group name -> its concepts
    compiled: dict[str, re.Pattern] = field(default_factory=dict)       # a cache
    # a cache of what is derived from the concepts once, built on first use and pickled with the lexicon (the
    # rule-pack cache, a sweep's workers): "keys", the key index of ``possible``; "scan", each concept's and
    # group's ``scan_source`` (which parses the regex: a tenth of a second per process for all of them)
    index: dict = field(default_factory=dict)

    def __post_init__(self):
        out: dict[str, list[str]] = {}
        for c in self.concepts.values():
            if c.group:
                out.setdefault(c.group, []).append(c.name)
        self.groups.update({k: tuple(v) for k, v in out.items()})

    def __contains__(self, name: str) -> bool:
        return name in self.concepts or name in self.groups

    def members_of(self, name: str) -> tuple[str, ...]:
        """A concept's own name, or every concept of the group ``name``."""
        if name in self.concepts:
            return (name,)
        return self.groups.get(name, ())

    def source(self, name: str) -> str:
        """The regex source of a concept or of a whole group."""
        if name in self.concepts:
            return self.concepts[name].regex_source
        return "|".join(f"(?:{self.concepts[n].regex_source})" for n in self.groups.get(name, ()))

    def scan_source(self, name: str) -> str:
        """``source``, behind a lookahead of the characters a match can start with (``firstchars.first_chars``)
        where they can be told: the same matches, but the regex engine tries the alternation of words and patterns
        only where a match can start, not at every character (it has no shortcut of its own for such a mix)."""
        scans = self._derived()["scan"]
        if name not in scans:
            scans[name] = self._scan_source(name)
        return scans[name]

    def _scan_source(self, name: str) -> str:
        from ..firstchars import first_chars

        source = self.source(name)
        chars = first_chars(source)
        if not chars:
            return source
        return f"(?=[{''.join(sorted(re.escape(c) for c in chars))}])(?:{source})"

    def rx(self, name: str) -> re.Pattern:
        if name not in self.compiled:     # from its cached program (review/lazyre.py)
            self.compiled[name] = compile_regex(self.scan_source(name))
        return self.compiled[name]

    def possible(self, text: str, keys: frozenset[str] | None = None) -> frozenset[str]:
        """The names of the concepts and groups that may occur in ``text``, from one pass over it: a concept whose
        ``firstchars.required_keys`` (the characters and adjacent pairs a mention must contain: its words' pairs,
        its patterns' required parts) the text lacks cannot match there, nor in any part of it; a group may occur
        where one of its concepts may. Exact as a
        filter: ``find(name, text)`` is [] for every name left out (tests/test_lexicon_scan.py). ``keys``: the
        text's ``firstchars.text_keys`` when they are known already."""
        out = self._derived()["keys"].candidates(text_keys(text) if keys is None else keys)
        for group, members in self.groups.items():
            if not out.isdisjoint(members):
                out.add(group)
        return frozenset(out)

    def possible_among(self, names: frozenset[str], text: str, keys: frozenset[str] | None = None) -> frozenset[str]:
        """``possible(text, keys) & names``, from an index of only the concepts ``names`` name (themselves, or as
        members of a group): a caller that asks about a few concepts (review.match.norm_readers) does not test them
        all. Exact, as ``possible``."""
        index, groups = _among(self, names)
        out = index.candidates(text_keys(text) if keys is None else keys)
        for group in groups:
            if not out.isdisjoint(self.groups[group]):
                out.add(group)
        return frozenset(out.intersection(names))

    def find(self, name: str, text: str, possible: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Every non-empty match of ``name`` in ``text``; ``possible`` (``self.possible`` of ``text`` or of a text
        that contains it) lets a concept that cannot occur be skipped without a scan (exact)."""
        if possible is not None and name not in possible:
            return []
        return list(_spans(self, name, text))

    def spans(self, name: str, text: str) -> tuple[tuple[int, int], ...]:
        """``find(name, text)`` as a tuple, remembered (not to be changed: ``find`` gives each caller a list of its
        own)."""
        return _spans(self, name, text)

    def _derived(self) -> dict:
        """``index``, built when first asked for."""
        if not self.index:
            self.index.update(_derived(self))
        return self.index

    def __reduce__(self):
        """Pickled without compiled regexes (the rule-pack cache, a sweep's workers): they compile on first use."""
        return (_restored, (self.concepts, dict(self._derived())))

    def has(self, name: str, text: str) -> bool:
        return self.rx(name).search(text) is not None

    def severity(self, name: str) -> int:
        c = self.concepts.get(name)
        return c.severity if c else 0


def _derived(lexicon: Lexicon) -> dict:
    """``Lexicon.index``: "keys", a ``firstchars.KeyIndex`` of each concept's required keys (what a mention must
    contain), for ``Lexicon.possible``; "scan", the ``scan_source`` of every concept and group."""
    from ..firstchars import KeyIndex, prepared, required_keys

    return {"keys": KeyIndex({c.name: prepared(required_keys(c.regex_source)) for c in lexicon.concepts.values()}),
            "scan": {name: lexicon._scan_source(name) for name in (*lexicon.concepts, *lexicon.groups)}}


@functools.lru_cache(maxsize=8192)
def _spans(lexicon: Lexicon, name: str, text: str) -> tuple[tuple[int, int], ...]:
    """Every non-empty match of the concept or group ``name`` in ``text`` (``Lexicon.find``). Remembered (round 42,
    speed42): the readings of a clause scan its sentences for the same concepts — whether the clause could hold a
    concept (``analyse.could_hold``: the rules that may read its norms, the sentences an effect reading reads), then
    its mentions, actors and preconditions (``analyse.read``, ``analyse``) — a third of a sweep's scans found what an
    earlier one had (over every fourth real document: 25,166 of 69,434 scans after ``could_hold`` of the same
    concept and sentence, 9,738 after the same scan). A lexicon does not change once built (``compiled`` is a cache
    of its regexes), so the matches are those of a scan."""
    return tuple(m.span() for m in lexicon.rx(name).finditer(text) if m.end() > m.start())


@functools.lru_cache(maxsize=16)       # one per lexicon and set of names (a rule pass's norm rules)
def _among(lexicon: Lexicon, names: frozenset[str]):
    """For ``Lexicon.possible_among``: a ``KeyIndex`` of the concepts ``names`` name, themselves or as members of
    a group, and the groups among ``names``; restricted from the smallest index ``keep_among`` stored that holds
    them all (the rule-pack cache holds the one of all the loaded rules' names), else from the whole key index
    (exact either way: ``KeyIndex.restricted``)."""
    groups = tuple(sorted(n for n in names if n in lexicon.groups))
    wanted = frozenset(n for n in names if n in lexicon.concepts).union(*(lexicon.groups[g] for g in groups))
    kept = [(len(k), sorted(k), k) for k in lexicon._derived().get("among", {}) if wanted <= k]
    base = lexicon._derived()["among"][min(kept)[2]] if kept else lexicon._derived()["keys"]
    return base.restricted(wanted), groups


def keep_among(lexicon: Lexicon, names) -> None:
    """Store ``_among``'s index of ``names`` with the lexicon (it is pickled with it: review/rule_index.whole_index),
    for ``_among`` of the name sets drawn from them."""
    groups = [n for n in names if n in lexicon.groups]
    wanted = frozenset(n for n in names if n in lexicon.concepts).union(*(lexicon.groups[g] for g in groups))
    among = lexicon._derived().setdefault("among", {})
    if wanted not in among:
        among[wanted] = lexicon._derived()["keys"].restricted(wanted)
        _among.cache_clear()


def _restored(concepts: dict, index: dict) -> Lexicon:
    lexicon = Lexicon(concepts=concepts)
    lexicon.index.update(index)
    return lexicon


def packaged_lexicon_files() -> list[Path]:
    try:
        root = Path(str(resources.files("review") / "lexicons"))
    except (NotADirectoryError, TypeError, ModuleNotFoundError):
        root = Path(__file__).resolve().parents[1] / "lexicons"
    if not root.is_dir():
        root = Path(__file__).resolve().parents[1] / "lexicons"
    return sorted(root.glob("*.toml"))


def is_lexicon_file(path) -> bool:
    """Whether a TOML file is a lexicon (``[lexicon]`` table) rather than a rule pack."""
    try:
        head = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[lexicon\]", head, re.M) is not None


def _str_tuple(path, name, raw, key) -> tuple[str, ...]:
    v = raw.get(key, [])
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or any(not isinstance(x, str) or not x for x in v):
        raise LexiconError(path, name, f"字段 {key} 必须是非空字符串列表")
    return tuple(v)


def read_lexicon_file(path, problems: list | None = None) -> list[tuple[Concept, bool]]:
    """The concepts of one lexicon file, each with its ``extends`` flag; validated except for examples.

    ``problems``: when a list is given, every problem is appended to it (a bad concept is left out) instead of
    the first being raised."""
    path = Path(path)

    def refuse(e: LexiconError):
        if problems is None:
            raise e
        problems.append(e)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        refuse(LexiconError(path, None, f"无法读取：{e}"))
        return []
    except tomllib.TOMLDecodeError as e:
        refuse(LexiconError(path, None, f"TOML 格式错误：{e}"))
        return []
    unknown = set(data) - _LEXICON_KEYS
    if unknown:
        refuse(LexiconError(path, None, f"未知的顶层字段 {sorted(unknown)}"))
        return []
    meta = data.get("lexicon")
    if not isinstance(meta, dict) or not meta.get("name"):
        refuse(LexiconError(path, None, "缺少 [lexicon] 表或其中的 name"))
        return []
    out = []
    for raw in data.get("concept", []):
        try:
            out.append(_read_concept(path, raw))
        except LexiconError as e:
            refuse(e)
    if not data.get("concept"):
        refuse(LexiconError(path, None, "词库中没有任何概念（[[concept]]）"))
    return out


def _read_concept(path, raw) -> tuple[Concept, bool]:
    if not isinstance(raw, dict):
        raise LexiconError(path, None, "[[concept]] 条目必须是表")
    name = raw.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise LexiconError(path, name, f"概念名 name 缺失或格式不对（小写字母、数字、_ 和 .）：{name!r}")
    unknown = set(raw) - _CONCEPT_KEYS
    if unknown:
        raise LexiconError(path, name, f"未知字段 {sorted(unknown)}")
    members = _str_tuple(path, name, raw, "members")
    abbreviations = _str_tuple(path, name, raw, "abbreviations")
    patterns = _str_tuple(path, name, raw, "patterns")
    for p in patterns:
        try:
            re.compile(p)
        except re.error as e:
            raise LexiconError(path, name, f"正则表达式无效 {p!r}：{e}") from None
    sev = raw.get("severity", 0)
    if not isinstance(sev, int) or sev < 0:
        raise LexiconError(path, name, f"severity 必须是非负整数：{sev!r}")
    ex = raw.get("examples", {})
    if not isinstance(ex, dict):
        raise LexiconError(path, name, "examples 必须是表，含 positive 与 negative")
    pos = _str_tuple(path, name, ex, "positive")
    neg = _str_tuple(path, name, ex, "negative")
    extends = bool(raw.get("extends", False))
    if not extends and not (members or abbreviations or patterns):
        raise LexiconError(path, name, "概念至少需要一个 members、abbreviations 或 patterns")
    if not extends and not pos:
        raise LexiconError(path, name, "至少需要 1 条正例 examples.positive")
    return (Concept(name=name, title=str(raw.get("title", "")), group=str(raw.get("group", "")),
                    severity=sev, members=members, abbreviations=abbreviations, patterns=patterns,
                    examples_positive=pos, examples_negative=neg, source=str(path)), extends)


def concept_example_failures(lexicon: Lexicon) -> list[tuple[Concept, str, bool]]:
    """(concept, example, expected) for every example that does not behave: a positive without the concept,
    a negative with it."""
    bad = []
    for c in lexicon.concepts.values():
        rx = lexicon.rx(c.name)
        bad += [(c, e, True) for e in c.examples_positive if not rx.search(e)]
        bad += [(c, e, False) for e in c.examples_negative if rx.search(e)]
    return bad


def build_lexicon(files, problems: list | None = None) -> Lexicon:
    """Load and validate lexicon files in order (packaged first); a later ``extends`` entry adds to a concept,
    a later entry of the same name without it is an error.

    ``problems``: when a list is given, every problem (of every file and concept, failing examples included) is
    appended to it and the usable concepts are returned; otherwise the first problem is raised."""
    def refuse(e: LexiconError):
        if problems is None:
            raise e
        problems.append(e)

    concepts: dict[str, Concept] = {}
    for f in files:
        for concept, extends in read_lexicon_file(f, problems):
            if extends:
                if concept.name not in concepts:
                    refuse(LexiconError(f, concept.name, "extends = true 但没有同名的已有概念"))
                    continue
                concepts[concept.name] = concepts[concept.name].merged(concept)
            elif concept.name in concepts:
                refuse(LexiconError(f, concept.name, f"概念名与 {concepts[concept.name].source} 中的概念重复"
                                    "（如需扩充，请写 extends = true）"))
            else:
                concepts[concept.name] = concept
    broken = []
    for name in concepts:
        try:
            re.compile(concepts[name].regex_source)
        except re.error as e:
            refuse(LexiconError(concepts[name].source, name, f"概念的正则无法编译：{e}"))
            broken.append(name)
    for name in broken:
        del concepts[name]
    lexicon = Lexicon(concepts=concepts)
    for c, example, expected in concept_example_failures(lexicon):
        refuse(LexiconError(c.example_source(example, expected), c.name,
                            f"{'正例未含' if expected else '反例含有'}该概念：{example!r}"))
    return lexicon


_DEFAULT: Lexicon | None = None
_DEFAULT_FILES_KEY: str | None = None     # the digest of the lexicon files _DEFAULT was built from, when built here


def default_lexicon() -> Lexicon:
    """The packaged lexicons (loaded once; or restored with the rule packs from their cache, review/pack_cache.py)."""
    global _DEFAULT, _DEFAULT_FILES_KEY
    if _DEFAULT is None:
        from ..pack_cache import cache_key
        from ..rules import cached_default_lexicon

        files = packaged_lexicon_files()
        _DEFAULT_FILES_KEY = cache_key(files)
        _DEFAULT = cached_default_lexicon() or build_lexicon(files)
    return _DEFAULT


def default_is_current() -> bool:
    """Whether the default lexicon, if this process built it, was built from the lexicon files as they are now (a
    file edited since, while the process ran, makes it stale: the rule-pack cache must not store it under the
    new files' digest)."""
    if _DEFAULT_FILES_KEY is None:
        return True
    from ..pack_cache import cache_key

    return cache_key(packaged_lexicon_files()) == _DEFAULT_FILES_KEY


def adopt_default(lexicon: Lexicon) -> Lexicon:
    """Make ``lexicon`` (the packaged lexicons, as restored from the cache) the default, unless one is loaded."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = lexicon
    return _DEFAULT


def load_lexicon(extra=()) -> Lexicon:
    """The packaged lexicons plus the lexicon files among ``extra`` (files or folders of *.toml)."""
    extra = [Path(p) for p in extra or ()]
    if not extra:
        return default_lexicon()
    return build_lexicon(packaged_lexicon_files() + extra)
