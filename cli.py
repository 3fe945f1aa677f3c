"""fashen command line: a thin typer app. Each command parses arguments, calls one library function, prints.

Heavy modules (lxml, rapidfuzz, the store) are imported inside the commands so ``fashen --help`` starts fast.
Exit codes: 0 ok; 1 findings at/above --fail-on, or not found; 2 usage or input error; 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer

from review.kinds import PROVINCES
from review.presumption import PRESUME_MODES
from review.office import JOINT_MODES

# typer's own English (its vendored click: the help option, "Usage:"; its rich help: panel titles, "[required]")
# in Chinese; click's usage errors are translated where main() prints them (translate_usage)
_HELP_WORDS = {"ARGUMENTS_PANEL_TITLE": "参数", "OPTIONS_PANEL_TITLE": "选项", "COMMANDS_PANEL_TITLE": "命令",
               "REQUIRED_LONG_STRING": "[必填]", "DEFAULT_STRING": "[默认：{}]", "ENVVAR_STRING": "[环境变量：{}]",
               "ERRORS_PANEL_TITLE": "错误", "ABORTED_TEXT": "已中断"}
HELP_OPTION_TEXT = "显示本帮助并退出。"
USAGE_PREFIX = "用法："
# what --help shows for a parameter's type (typer: <str>, <path>, <int range>; click: TEXT, PATH, INTEGER) and in
# the usage line; an option may still name its own (<条数>, <省份>)
TYPE_WORDS = {"text": "文本", "str": "文本", "string": "文本", "path": "路径", "file": "文件", "filename": "文件",
              "directory": "文件夹", "integer": "整数", "int": "整数", "int range": "整数", "integer range": "整数",
              "float": "数字", "float range": "数字", "datetime": "日期"}
USAGE_WORDS = {"options_metavar": ("[OPTIONS]", "[选项]"), "subcommand_metavar": ("COMMAND [ARGS]...", "命令 [参数]...")}


def _speak_chinese() -> None:
    """typer builds its help option and usage line lazily from module attributes: give it Chinese ones. Its rich
    help reads module constants when help is first formatted (rich is heavy, so only then)."""
    from typer import core
    try:
        from typer._click import decorators, formatting, types       # typer >= 0.26 carries its own click
    except ImportError:
        from click import decorators, formatting, types

    english_help_option = decorators.help_option

    def help_option(param_decls):
        def add(command):
            english_help_option(param_decls)(command)
            command.params[-1].help = HELP_OPTION_TEXT
            return command
        return add

    decorators.help_option = help_option
    english_metavar = types.ParamType.get_metavar

    def get_metavar(self, param, ctx=None):
        english = english_metavar(self, param, *([ctx] if ctx is not None else []))
        word = TYPE_WORDS.get((self.name or "").lower())
        return f"<{word}>" if english is None and word else english

    types.ParamType.get_metavar = get_metavar
    write_usage = formatting.HelpFormatter.write_usage
    formatting.HelpFormatter.write_usage = (lambda self, prog, args="", prefix=None:
                                            write_usage(self, prog, args, USAGE_PREFIX if prefix is None else prefix))
    for cls in (core.TyperCommand, core.TyperGroup):
        def format_help(self, ctx, formatter, _english=cls.format_help):
            from typer import rich_utils

            for name, words in _HELP_WORDS.items():
                setattr(rich_utils, name, words)
            for attr, (english, chinese) in USAGE_WORDS.items():
                if getattr(self, attr, None) == english:
                    setattr(self, attr, chinese)
            return _english(self, ctx, formatter)

        cls.format_help = format_help


_speak_chinese()

app = typer.Typer(help="法审 fashen — 行政规范性文件合法性审查助手", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
statutes_app = typer.Typer(help="法规库：导入、查询、检索、引用核查", no_args_is_help=True)
app.add_typer(statutes_app, name="statutes")

DbOpt = typer.Option(None, "--db", help="法规库文件（默认：环境变量 FASHEN_DB，否则用户数据目录）")
JsonOpt = typer.Option(False, "--json", help="输出 JSON（供脚本使用）")
AsOfOpt = typer.Option(None, "--as-of", callback=lambda v: check_date(v), help="以该日期（YYYY-MM-DD）的法律状态为准，默认今天")
OfficeOpt = typer.Option(None, "--office", help="审查机关所在地区（如 深圳市、广东省；文件库含几个机关的文件时可列几个："
                         "深圳市、广州市）：本级政府及其部门的文件作处置，上级、其他地区、人大、党内、司法机关的文件列为"
                         "“非本级文件”，协议另列")
OcrOpt = typer.Option(False, "--ocr", help="对扫描版 PDF 和图片进行文字识别（需安装：pip install 'fashen\\[ocr]'）")  # \[: not rich markup
ViaOfficeOpt = typer.Option(False, "--via-office", help="用 LibreOffice（soffice）转换 .doc/.wps/.rtf 后读取（表格、编号更准确）")
TextLimitOpt = typer.Option(None, "--text-limit", min=1, metavar="<万字>",
                            help="单份文件的文字上限（万字，默认 900；超过的文件不审查并说明原因；审查时间和内存随字数增长）")



def read_options(ocr: bool, via_office: bool, text_limit: Optional[int]):
    from review.readers import ReadOptions

    return ReadOptions(ocr=ocr, via_office=via_office, max_chars=None if text_limit is None else text_limit * 10_000)


def choice(option: str, values, *, normalize=None, metavar: str | None = None):
    """A closed set of values for ``option``: ``--help`` lists them (or ``metavar``), anything else is refused in
    Chinese (exit 2). ``normalize`` maps what a user may write to one of ``values`` (广东省 -> 广东)."""
    try:
        from typer._types import TyperChoice as Base         # typer >= 0.26 carries its own click
    except ImportError:
        from click import Choice as Base

    class Choice(Base):
        def convert(self, value, param, ctx):
            key = normalize(value) if normalize else value
            if key in self.choices:
                return key
            listed = "、".join(self.choices[:-1]) + f" 或 {self.choices[-1]}"
            self.fail(f"只能是 {listed}（不是“{value}”）")

        def get_metavar(self, param, ctx=None):
            return metavar or super().get_metavar(param, *([ctx] if ctx is not None else []))

    return Choice(tuple(values))


PresumeOpt = typer.Option(None, "--presume-validity", click_type=choice("--presume-validity", PRESUME_MODES),
                          help="未规定有效期的文件何时推定失效（不指定：按 --province 的参数，默认 trial）：trial “试行”文件满2年；"
                          "provisional 名称冠以“暂行”“试行”的满2年；all 另加其他文件满5年（上海规定）；none 不推定，只提示评估")


def province_name(value: str) -> str:
    """广东省 / 广东 -> 广东; 广西壮族自治区 -> 广西; 上海市 -> 上海 (how rule packs and the corpus name a province)."""
    v = value.strip()
    return next((p for p in PROVINCES if v.startswith(p) and len(v) - len(p) <= 5), v)


OPINION_FORMATS = ("md", "markdown", "html", "docx", "json")
SWEEP_FORMATS = ("xlsx", "csv", "docx", "json", "html")
FAIL_ON = ("error", "warning", "info", "none")
REVIEW_KINDS = ("auto", "normative", "contract")
# review.sweep.SWEEP_TOPICS and "all" (a test checks), without importing the sweep to print --help
SWEEP_TOPICS_ = ("family-planning", "repealed-law", "agency", "validity", "fair-competition", "content", "upper-law",
                 "all")


# -- plumbing -----------------------------------------------------------------------------------------
def err(msg: str) -> None:
    typer.echo(msg, err=True)


def emit_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=None))


def progress_bar(*extra_columns, rate=None, **kwargs):
    """The progress bar (stderr, only on a terminal, gone when done): description, bar, done/total,
    ``rate`` (a unit: 件/秒), time left, then ``extra_columns``."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:5.1f} {rate}" if speed else f"  …  {rate}")

    console = Console(stderr=True)
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn()]
    columns += [RateColumn()] if rate else []
    columns += [TimeRemainingColumn(), *(TextColumn(c) for c in extra_columns)]
    return Progress(*columns, console=console, transient=True, disable=not console.is_terminal, **kwargs)


@contextmanager
def progress(description: str, total: int | None = None):
    """A progress bar on stderr; yields update(done, total, label=None)."""
    bar = progress_bar()
    with bar:
        task = bar.add_task(description, total=total)

        def update(done: int, total: int | None = None, label: str | None = None) -> None:
            shown = f"{description} {label[-30:]}" if label else description
            bar.update(task, completed=done, total=total, description=shown)

        yield update


def corpus_counts(works: int, with_text: int, versions: int, articles: int) -> str:
    """The counts of a corpus, in the same words for the first-run notice and ``statutes stats``."""
    return f"法规 {works} 部（有正文 {with_text} 部），版本 {versions} 个，条文 {articles} 条"


def build_default(path: Path):
    """Build the default corpus at ``path`` with a progress bar and a notice on stderr."""
    from statutes.importers.default import build_default_corpus

    err(f"首次使用：正在建立默认法规库（随 fashen 提供的法律、行政法规、部门规章、司法解释和七省地方性法规）→ {path}")
    with progress("建立默认法规库") as update:
        r = build_default_corpus(path, progress=update)
    err(f"默认法规库已建立（快照 {r.snapshot}）：{corpus_counts(r.works, r.works_with_text, r.versions, r.articles)}；"
        f"用时 {r.seconds:.0f} 秒，数据库 {r.db_bytes / 1e6:.0f} MB")
    return r


def open_store(db: Optional[Path], *, need_corpus: bool = True):
    """Open the corpus; the first command that needs one and finds none builds the default corpus."""
    from statutes.errors import CorpusError, os_error_text
    from statutes.importers.default import needs_default
    from statutes.store import Store, default_db_path

    path = db or default_db_path()
    try:
        if need_corpus and needs_default(path):
            build_default(path)
        return Store(path)
    except OSError as e:
        blocker = next((p for p in Path(path).parents if p.exists() and not p.is_dir()), None)
        why = f"路径中的“{blocker}”是文件而不是文件夹" if blocker else os_error_text(e)
        raise CorpusError(f"{path}：无法创建或打开法规库（{why}）；请用 --db 或环境变量 FASHEN_DB "
                          "指定一个可写的位置") from None


def parse_office(value: Optional[str]):
    if not value:
        return None
    from review.office import Office

    try:
        return Office.parse(value)
    except ValueError as e:
        raise typer.BadParameter(str(e))


def db_path(db: Optional[Path]) -> Path:
    from statutes.store import default_db_path

    return Path(db) if db else default_db_path()


def check_writable(store) -> None:
    """A sweep stores every result as it goes: find out now, not after the first document, that it cannot."""
    import sqlite3

    from statutes.errors import corpus_error

    conn = store.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE _fashen_write_probe (x)")      # a real write, rolled back at once
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.Error as e:
        raise corpus_error(e, store.path) from None


def today() -> str:
    from datetime import date

    return date.today().isoformat()


def on_date(value: Optional[str]) -> str:
    """The day a command reads the law on: ``--as-of``, else today — the version in force then, never one promulgated
    but not yet in force."""
    return check_date(value) or today()


def check_date(value: Optional[str]) -> Optional[str]:
    """A day as ISO (2024-01-31, 2024年1月31日 …); a day the calendar does not have (2023-02-30) is refused."""
    if value is None:
        return None
    from statutes.dates import parse_cn_date

    iso = parse_cn_date(value)
    if not iso or len(iso) != 10:
        raise typer.BadParameter(f"日期“{value}”不是有效的日期，请写成 2024-01-31")
    return iso


# -- statutes -----------------------------------------------------------------------------------------
@statutes_app.command("import")
def statutes_import(
    paths: List[Path] = typer.Argument(None, metavar="路径", help="文件夹（本单位的规章、规范性文件 .docx/.txt/.pdf/.html，或 LawRefBook 目录），或单个文件"),
    default: bool = typer.Option(False, "--default", help="导入随 fashen 提供的默认法规库"),
    title: Optional[str] = typer.Option(None, "--title", help="标题（只用于单个文件，文件中没有时）"),
    level: Optional[str] = typer.Option(None, "--level", help="效力级别的默认值（文件未表明时）：规范性文件/地方政府规章/地方性法规/…"),
    issuer: Optional[str] = typer.Option(None, "--issuer", help="制定机关的默认值（文件未写明时）"),
    date: Optional[str] = typer.Option(None, "--date", help="公布日期的默认值 YYYY-MM-DD（文件未写明时）"),
    status: Optional[str] = typer.Option(None, "--status", help="时效性：现行有效/已被修改/已废止/失效/尚未生效（默认现行有效）"),
    region: Optional[str] = typer.Option(None, "--region", help="地区（省，如 广东）：地方性法规、规章、规范性文件只在审查该省文件时适用"),
    db: Optional[Path] = DbOpt, as_json: bool = JsonOpt,
):
    """导入法规：本单位的规章、规范性文件（文件夹或单个文件）、LawRefBook 目录，或默认法规库。
    重复导入不产生重复；内容变化则新增版本。"""
    from statutes.importers.files import Overrides, import_paths

    if not default and not paths:
        raise typer.BadParameter("请给出要导入的路径，或使用 --default")
    result: dict = {}
    if default:
        from statutes.importers.default import import_default, needs_default
        from statutes.store import default_db_path

        path = db or default_db_path()
        if needs_default(path):
            result["default"] = build_default(path).to_dict()
        else:
            with progress("导入默认法规库") as update, open_store(path, need_corpus=False) as store:
                result["default"] = import_default(store, progress=update).to_dict()
    store = open_store(db, need_corpus=False)
    if paths:
        def read_text(p: Path) -> str:
            from review.readers import read_document

            return read_document(p, metadata=False).text

        ov = Overrides(title=title, level=level, issuer=issuer, date=check_date(date), status=status, region=region)
        with progress("导入法规") as update:
            report = import_paths(store, list(paths), read_text, overrides=ov, progress=update)
        result["files"] = report.to_dict()
    if as_json:
        emit_json(result)
    else:
        if "default" in result:
            d = result["default"]
            typer.echo(f"默认法规库：新增 {d['added']} 部，新版本 {d['new_version']} 个，未变 {d['unchanged']} 部")
        if "files" in result:
            f = result["files"]
            typer.echo(f"新增 {f['added']} 部，新版本 {f['new_version']} 个，未变 {f['unchanged']} 部，失败 {f['failed']} 个")
            for fail in f["failures"]:
                typer.echo(f"  未导入：{fail['path']}：{fail['reason']}")
    if result.get("files", {}).get("failed"):
        raise typer.Exit(1)


@statutes_app.command("list")
def statutes_list(
    level: Optional[str] = typer.Option(None, "--level", help="只列该效力级别"),
    status: Optional[str] = typer.Option(None, "--status", help="只列该时效性"),
    title: Optional[str] = typer.Option(None, "--title", help="标题包含"),
    db: Optional[Path] = DbOpt, as_json: bool = JsonOpt,
):
    """列出法规库中的法规（标题、级别、时效性、版本日期）。"""
    store = open_store(db)
    rows = store.list_works(level=level, status=status, title_like=title)
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        extra = f"（{r['repeal_date']} 废止，由《{r['successor']}》取代）" if r["repeal_date"] else ""
        typer.echo(f"{r['level']}\t{r['status']}\t{r['version_date'] or '—'}\t{r['title']}{extra}")
    err(f"共 {len(rows)} 部")


@statutes_app.command("show")
def statutes_show(
    law: str = typer.Argument(..., metavar="法规", help="法规名称，如 行政许可法"),
    article: str = typer.Argument(..., metavar="条文", help="条文，如 17、第十七条、第十七条之一、第17条第2款"),
    text: Optional[str] = typer.Option(None, "--text", help="所引条文的内容（已废止且无正文的法规：用它在继任法规中找最接近的条文）"),
    as_of: Optional[str] = AsOfOpt, db: Optional[Path] = DbOpt, as_json: bool = JsonOpt,
):
    """显示一条条文（含款、项），及其时效性、来源和日期；已废止的法规同时给出废止日期、继任法规及其最接近的条文。"""
    from statutes.lookup import show_article

    store = open_store(db)
    view = show_article(store, law, article, on_date(as_of), text=text)
    if as_json:
        emit_json(view.to_dict())
        return
    lw = view.law
    if lw.repealed:
        by = f"（{lw.repealed_by}）" if lw.repealed_by else ""
        succ = f"，由《{lw.successor}》取代" if lw.successor else ""
        repeal = f"已于 {lw.repeal_date} 废止{by}{succ}" if lw.repeal_date else f"已废止{by}{succ}，废止日期不详"
        src = f"（来源：{lw.repeal_source}）" if lw.repeal_source else ""
    if not view.units:
        typer.echo(f"《{lw.title}》（{lw.level}）{repeal if lw.repealed else '在法规库中没有正文'}{src if lw.repealed else ''}")
        typer.echo(f"法规库没有该法规的正文，不能显示{view.asked}。")
        _show_successor(view, given_text=bool(text))
        return
    head = view.units[0]
    v = view.version
    typer.echo(f"《{lw.title}》（{lw.level}，{head.status}；公布 {v.publish_date or '—'}，施行 {v.effective_date or '—'}）")
    if corrected := store.effective_source(v.version_id):
        typer.echo(f"施行日期来源：{corrected}")
    if v.status_source:
        since = f"，自 {v.status_date} 起" if v.status_date else ""
        typer.echo(f"时效性来源：{v.status_source}{since}")
    if lw.repealed:
        typer.echo(f"注意：该法规{repeal}{src}")
    if head.path:
        typer.echo(head.path)
    typer.echo(f"{head.article_label}　{view.body()}")
    if lw.repealed or head.status in ("已废止", "失效"):
        _show_successor(view, given_text=bool(text))


def _show_successor(view, given_text: bool) -> None:
    p = view.successor_provision
    if p is not None:
        basis = "与所给内容" if given_text or not view.units else "与该条"
        typer.echo(f"《{p.law}》中{basis}最接近的条文（请人工确认）：{p.article_label}　{p.text}")
    elif view.law.successor and given_text:
        typer.echo(f"《{view.law.successor.split()[0]}》中没有与所给内容相近的条文；"
                   f"可用 fashen statutes search \"条文内容\" 在全库中检索")
    elif view.law.successor and not view.units:
        typer.echo(f"用 --text 给出所引条文的内容，可在《{view.law.successor}》中找出最接近的条文；"
                   f"或 fashen statutes search \"条文内容\"")


@statutes_app.command("search")
def statutes_search(
    text: str = typer.Argument(..., metavar="条款文字", help="要检索的条款文字；“-”表示从标准输入逐行读取（每行输出一行 JSON）"),
    k: int = typer.Option(5, "-k", "--top", min=1, max=100, metavar="<条数>", help="返回条数"),
    as_of: Optional[str] = AsOfOpt,
    level: Optional[List[str]] = typer.Option(None, "--level", help="只在这些效力级别中检索（可多次）"),
    province: Optional[str] = typer.Option(None, "--province", click_type=choice("--province", PROVINCES, normalize=province_name, metavar="<省份>"),
                                           help="省份（如 广东 或 广东省）：同时检索该省的地方性法规、规章和导入的规范性文件"),
    include_repealed: bool = typer.Option(False, "--include-repealed", help="也检索已废止、失效的法规"),
    db: Optional[Path] = DbOpt, as_json: bool = JsonOpt,
):
    """模糊检索：找出与一段条款文字最接近的上位法条文（地方性法规等只在 --province 指明其省份时检索）。"""
    from statutes.keys import region_key
    from statutes.search import LOCAL_LEVELS, is_match, search

    store = open_store(db)
    as_of = on_date(as_of)
    # local instruments bind only in their province: without --province, only an explicit --level of a local
    # level searches them (in every province)
    region = region_key(province) if province else (None if level and set(level) & set(LOCAL_LEVELS) else "")
    if text == "-":
        for line in sys.stdin:
            q = line.rstrip("\n")
            hits = (search(store, q, k, as_of=as_of, levels=level, region=region, in_force=not include_repealed)
                    if q.strip() else [])
            emit_json({"query": q, "match": is_match(hits[0] if hits else None, q),
                       "results": [h.to_dict() for h in hits]})
            sys.stdout.flush()
        return
    if not text.strip():
        raise typer.BadParameter("检索内容为空")
    hits = search(store, text, k, as_of=as_of, levels=level, region=region, in_force=not include_repealed)
    if as_json:
        emit_json({"query": text, "match": is_match(hits[0] if hits else None, text),
                   "results": [h.to_dict() for h in hits]})
        return
    if not hits:
        typer.echo("没有找到相近的条文")
        raise typer.Exit(1)
    if not is_match(hits[0], text):
        typer.echo(f"未找到相同或相近的上位法条文；最接近的是《{hits[0].law}》{hits[0].article_label}"
                   f"（相似度 {hits[0].score:.0f}，请人工判断）：")
    for h in hits:
        typer.echo(f"[{h.score:.0f}] 《{h.law}》{h.article_label}（{h.status}）\n    {h.text.replace(chr(10), chr(10) + '    ')}")


@statutes_app.command("cite")
def statutes_cite(
    source: str = typer.Argument(..., metavar="文字或文件", help="含引用的文字，或文件路径"),
    as_of: Optional[str] = AsOfOpt, db: Optional[Path] = DbOpt, as_json: bool = JsonOpt,
):
    """核查文字中的法律引用：是否存在、是否有效、引文是否与原文一致。"""
    from statutes.citations import extract_citations, verify

    from statutes.citations import own_titles

    path = Path(source)
    title = None
    if len(source) < 512 and path.suffix and path.exists():
        from review.readers import read_document

        doc = read_document(path)
        text, title = doc.text, doc.title
    else:
        text = source
    store = open_store(db)
    checks = verify(extract_citations(text), store, as_of=on_date(as_of), own=own_titles(title))
    problems = any(c.verdict in ("not_found", "repealed", "not_in_force", "quote_differs") for c in checks)
    if as_json:
        emit_json([c.to_dict() for c in checks])
        raise typer.Exit(1 if problems else 0)
    if not checks:
        typer.echo("未发现法律引用")
        return
    labels = {"verified": "✓ 核实", "not_found": "✗ 条文不存在", "repealed": "✗ 已废止", "not_in_force": "✗ 尚未施行",
              "outside_corpus": "? 库外", "ambiguous": "? 有歧义", "quote_differs": "✗ 引文不符",
              "earlier_text_missing": "? 当时文本未收录", "later_text_missing": "? 修改后文本未收录"}
    for c in checks:
        d = c.to_dict()
        typer.echo(f"{labels.get(d['verdict'], d['verdict'])}\t{d['text']}\t{d['detail'] or ''}")
    if problems:
        raise typer.Exit(1)


@statutes_app.command("stats")
def statutes_stats(db: Optional[Path] = DbOpt, as_json: bool = JsonOpt):
    """法规库统计：按效力级别和时效性计数，及快照编号。"""
    store = open_store(db)
    st = store.stats()
    if as_json:
        emit_json(st)
        return
    typer.echo(f"法规库：{store.path}")
    typer.echo(f"快照：{st['snapshot']['snapshot_id']}（更新于 {st['snapshot']['built_at']}）")
    typer.echo(corpus_counts(st["works"], st["works_with_text"], st["versions"], st["articles"]) +
               f"（现行版本的条文 {st['current_articles']} 条）")
    for level, by in st["by_level_status"].items():
        typer.echo(f"  {level}：" + "，".join(f"{s} {n}" for s, n in sorted(by.items())))


# -- review -------------------------------------------------------------------------------------------
FORMAT_NAMES = {"md": "markdown", "markdown": "markdown", "html": "html", "docx": "docx", "json": "json"}


rules_app = typer.Typer(help="规则包：核对规则引用的法律依据", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


def load_rules(extra: Optional[List[Path]]):
    """The packaged rule packs plus the user's (a broken pack is refused here, before any corpus is opened)."""
    from review.rules import load_packs

    return load_packs(list(extra) if extra else None)


def report_basis_problems(rules, store) -> None:
    """A basis that is repealed or missing in the corpus, on stderr (a basis outside the corpus is not: import
    行政法规 to check those, see `fashen rules check`)."""
    from review.rules import verify_bases

    for p in verify_bases(rules, store):
        if p.outcome not in ("outside-corpus",):
            err(f"规则 {p.rule} 的依据有问题：{p.message}")


@rules_app.command("check")
def rules_check(
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="追加的规则包文件或目录（可多次）"),
    as_of: Optional[str] = AsOfOpt, db: Optional[Path] = DbOpt, as_json: bool = JsonOpt,
):
    """核对规则包和概念词库：先列出全部加载问题（未知概念、无法编译的正则、不符的例句，退出码 2），
    再核对每条规则引用的依据（各效力级别）是否存在且有效；法规库未收录的部门规章、国务院文件等列为"未收录"，
    不计为未通过。"""
    from review.rules import check_packs, verify_bases

    load_problems = check_packs(list(rules) if rules else None)
    if load_problems:
        rows = [{"file": e.path, "id": e.rule_id or "", "problem": e.problem} for e in load_problems]
        if as_json:
            emit_json({"load_problems": rows})
        else:
            typer.echo(f"规则包和词库有 {len(rows)} 处加载问题：", err=True)
            for r in rows:
                typer.echo(f"  {r['file']}\t{r['id'] or '-'}\t{r['problem']}", err=True)
        raise typer.Exit(2)
    store = open_store(db)
    loaded = load_rules(rules)
    checked = verify_bases(loaded, store, as_of=check_date(as_of), levels=None)
    problems = [p for p in checked if p.outcome != "unheld"]
    unheld = [p for p in checked if p.outcome == "unheld"]
    by_level = basis_counts(loaded, checked)
    bases = sum(c["bases"] for c in by_level.values())
    missing = sorted({(p.basis.law, p.basis.level) for p in problems if p.outcome in ("outside-corpus", "no-text")})
    advice = [f"法规库没有《{law}》的正文：取得其文本（.docx/.txt/.pdf）后运行 "
              f"fashen statutes import 文件 --level {level or '行政法规'} 导入，再重新核对" for law, level in missing]
    unheld_works: dict[tuple[str, str], int] = {}
    for p in unheld:
        k = (p.basis.law, p.basis.level)
        unheld_works[k] = unheld_works.get(k, 0) + 1
    if as_json:
        emit_json({"rules": len(loaded), "bases": bases, "unverified": len(problems),
                   "problems": [p.to_dict() for p in problems], "to_import": [law for law, _ in missing],
                   "by_level": by_level, "unheld": len(unheld),
                   "unheld_works": [{"law": law, "level": level, "bases": n}
                                    for (law, level), n in sorted(unheld_works.items())]})
    else:
        levels = "、".join(f"{lv} {c['bases']}" for lv, c in by_level.items())
        typer.echo(f"规则 {len(loaded)} 条，引用依据 {bases} 处（{levels}），"
                   f"核对通过 {bases - len(problems) - len(unheld)} 处，未通过核对 {len(problems)} 处；"
                   f"法规库未收录的依据 {len(unheld)} 处（{len(unheld_works)} 部文件，不计为未通过）")
        for lv, c in by_level.items():
            typer.echo(f"  {lv}：引用 {c['bases']} 处，核对通过 {c['verified']} 处，未通过 {c['failed']} 处，"
                       f"未收录 {c['unheld']} 处")
        for p in problems:
            typer.echo(f"  {p.rule}\t{p.outcome}\t{p.message}")
        for (law, level), n in sorted(unheld_works.items()):
            typer.echo(f"  未收录\t《{law}》（{level or '级别未注明'}）\t{n} 处")
        for line in advice:
            typer.echo(f"  {line}")
    if problems:
        raise typer.Exit(1)


def basis_counts(rules, checked) -> dict[str, dict[str, int]]:
    """Per level (as the packs name it): bases cited, verified, failed, not held by the corpus."""
    bad = {}
    for p in checked:
        bad[(p.rule, id(p.basis))] = p.outcome
    out: dict[str, dict[str, int]] = {}
    for r in rules:
        for b in r.basis:
            c = out.setdefault(b.level or "未注明", {"bases": 0, "verified": 0, "failed": 0, "unheld": 0})
            c["bases"] += 1
            outcome = bad.get((r.id, id(b)))
            c["verified" if outcome is None else "unheld" if outcome == "unheld" else "failed"] += 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["bases"]))


@app.command("review")
def review_cmd(
    draft: Path = typer.Argument(..., metavar="送审稿", help="送审稿或合同文件（.docx/.txt/.md/.html/.pdf）"),
    as_of: Optional[str] = typer.Option(None, "--as-of", callback=lambda v: check_date(v),
                                        help="审查日期（YYYY-MM-DD），默认今天"),
    province: Optional[str] = typer.Option(None, "--province", click_type=choice("--province", PROVINCES, normalize=province_name, metavar="<省份>"),
                                           help="省份（如 广东 或 广东省；适用该省的有效期等参数）"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="输出文件；不指定则输出到屏幕"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", click_type=choice("--format", OPINION_FORMATS),
                                      help="输出格式（默认按 --out 的扩展名；--format json 即 --json）"),
    fail_on: str = typer.Option("error", "--fail-on", click_type=choice("--fail-on", FAIL_ON),
                                help="有该级别及以上的问题时退出码为 1（none：从不）"),
    kind: str = typer.Option("auto", "--kind", click_type=choice("--kind", REVIEW_KINDS),
                             help="auto（自动判断）| normative（规范性文件）| contract（合同、协议）"),
    office: Optional[str] = OfficeOpt,
    presume_validity: Optional[str] = PresumeOpt,
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="追加的规则包文件或目录（可多次）"),
    no_upper: bool = typer.Option(False, "--no-upper", help="不做上位法比对（更快）"),
    annotate: Optional[Path] = typer.Option(None, "--annotate", help="另存一份带批注和修订的送审稿（.docx）"),
    reviewer: str = typer.Option("合法性审查", "--reviewer", help="批注和修订的作者名"),
    number: str = typer.Option("", "--number", help="审查意见的文号，如 某司审〔2025〕12号（默认留空待填）"),
    ocr: bool = OcrOpt, via_office: bool = ViaOfficeOpt, text_limit: Optional[int] = TextLimitOpt,
    db: Optional[Path] = DbOpt, as_json: bool = typer.Option(False, "--json", help="输出 JSON（同 --format json）"),
):
    """审查一份送审稿（或合同），生成合法性审查意见；--annotate 另存带批注（及机械性修订）的送审稿。

    文件类型（地方性法规、规章、行政规范性文件、内部工作文件、办事指南、合同等）由文件自身的特征判断，并在审查意见中写明依据；
    以审查日期（--as-of）施行的法律为准，文件自身的日期只说明问题在制定时是否已经存在。"""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.severity import at_least

    if annotate is not None:
        check_annotate_target(annotate, draft, out)
    fmt_name = FORMAT_NAMES.get(fmt) if fmt else ("json" if as_json else None)
    if out is not None:
        from review.outpath import check_output

        check_output(out, inputs=[draft, db_path(db)])
    doc = read_document(draft, options=read_options(ocr, via_office, text_limit))
    loaded = load_rules(rules)              # a broken pack is refused before a first run builds the corpus
    store = open_store(db)
    report_basis_problems(loaded, store)
    opts = ReviewOptions(as_of=on_date(as_of), province=province,
                         kind=None if kind == "auto" else kind, upper_law=not no_upper, office=parse_office(office),
                         presume_validity=presume_validity)
    opinion = review_document(doc, store, loaded, opts)
    if out is not None:
        from review.render import write_opinion

        try:
            written = write_opinion(opinion, out, fmt_name, number=number)
        except ValueError as e:
            raise typer.BadParameter(str(e))
        except OSError as e:
            from statutes.errors import InputError, os_error_text

            raise InputError(out, f"无法写入：{os_error_text(e)}") from None
        err(f"审查意见已写入 {out}（{written}）：{opinion.conclusion}，问题 {len(opinion.findings)} 项")
    elif annotate is None or fmt_name is not None:   # with --annotate alone the memo is not printed
        if fmt_name == "json":
            emit_json(opinion.to_dict())
        elif fmt_name in (None, "markdown"):
            from review.render import render_markdown

            typer.echo(render_markdown(opinion, number))
        else:
            raise typer.BadParameter("html/docx 格式需要用 --out 指定输出文件")
    if annotate is not None:
        write_annotated_draft(opinion, draft, annotate, reviewer, rules)
    if fail_on != "none" and any(at_least(f.severity, fail_on) for f in opinion.findings):
        raise typer.Exit(1)


def check_annotate_target(target: Path, draft: Path, out: Optional[Path]) -> None:
    """--annotate writes a new .docx: never over the draft itself or the opinion."""
    if target.suffix.lower() != ".docx":
        raise typer.BadParameter(f"--annotate 的输出文件须为 .docx：{target}")
    for other, what in ((draft, "送审稿本身"), (out, "审查意见文件")):
        if other is not None and (target.resolve() == other.resolve()
                                  or (target.exists() and other.exists() and target.samefile(other))):
            raise typer.BadParameter(f"--annotate 不能写到{what}（{other}），请另取文件名")


def write_annotated_draft(opinion, draft: Path, target: Path, reviewer: str, rules) -> None:
    from datetime import datetime, timezone

    from review.annotate import annotate_file

    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        result = annotate_file(opinion, draft, target, reviewer=reviewer, when=when, pack_paths=list(rules or ()))
    except OSError as e:
        from statutes.errors import InputError

        raise InputError(target, f"无法写入：{e.strerror or e}")
    if result.new_document:
        err(f"送审稿不是 .docx（{opinion.document.source_format}），已将其文字另存为新的 .docx 并加批注")
    line = (f"批注稿已写入 {target}：批注 {result.comments} 条（问题 {result.findings} 项，"
            f"其中 {result.anchored} 项批注在原文处），修订 {result.revisions} 处")
    if result.unanchored:
        line += f"；{result.unanchored} 项问题未能定位到原文（文件整体的问题或仅见于自动编号的文字），已批注在标题处"
    err(line)


@app.command("sweep")
def sweep_cmd(
    dirs: List[Path] = typer.Argument(..., metavar="文件夹", help="要清理的文件夹（可多个，也可以是单个文件）"),
    topic: Optional[List[str]] = typer.Option(None, "--topic", "-t", click_type=choice("--topic", SWEEP_TOPICS_),
                                              help="清理专题（可多次；content：经规范分析确认的设定许可、处罚、收费等错误和证明事项；默认 all：全部）"),
    as_of: Optional[str] = typer.Option(None, "--as-of", callback=lambda v: check_date(v),
                                        help="清理基准日（YYYY-MM-DD），默认今天"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="清理目录文件（.xlsx/.csv/.docx/.json），或 --format html 时的文件夹；不指定则输出到屏幕"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", click_type=choice("--format", SWEEP_FORMATS),
                                      help="输出格式（html：可浏览的文件夹；默认按 --out 的扩展名；--format json 即 --json）"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, metavar="<进程数>",
                                          help="并行审查的进程数，默认为 CPU 核数"),
    office: Optional[str] = OfficeOpt,
    province: Optional[str] = typer.Option(None, "--province", click_type=choice("--province", PROVINCES, normalize=province_name, metavar="<省份>"),
                                           help="审查机关所在省份（如 广东 或 广东省；适用该省的有效期等参数）"),
    presume_validity: Optional[str] = PresumeOpt,
    joint: str = typer.Option("dispose", "--joint", click_type=choice("--joint", JOINT_MODES),
                              help="党政联合文件（如 市委、市政府联合发文）：dispose 就政府部分提出清理意见、会同党委联合清理"
                              "（默认）；list 列为非本级文件，不单方处置，政府部分的意见供参考"),
    ocr: bool = OcrOpt, via_office: bool = ViaOfficeOpt, text_limit: Optional[int] = TextLimitOpt,
    executor: str = typer.Option("process", "--executor", click_type=choice("--executor", ("process", "dask")),
                                 help="process（本机，默认）| dask（Dask 集群；不指定 --scheduler 时在本机启动 "
                                 "--workers 个工作进程）"),
    authority: str = typer.Option("", "--authority", help="清理机关（印在清理目录上；不指定则留空待填）"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask 调度器地址，如 tcp://10.0.0.5:8786"
                                            "（法规库和文件须在各节点相同路径的共享存储上）"),
    db: Optional[Path] = DbOpt, as_json: bool = typer.Option(False, "--json", help="输出 JSON（同 --format json）"),
):
    """批量清理：逐件审查文件夹中的文件，提出继续有效/修改/废止/宣布失效的意见，生成清理目录。

    结果随做随存入法规库文件：再次运行只审查新的或改动过的文件，中断后重新运行即从中断处继续。"""
    import os

    from review.sweep import DOC_SUFFIXES, SWEEP_TOPICS, SweepOptions, sweep

    topics = list(topic or ["all"])
    chosen = SWEEP_TOPICS if "all" in topics else tuple(dict.fromkeys(topics))
    missing = [str(d) for d in dirs if not d.exists()]
    if missing:
        raise typer.BadParameter(f"文件夹不存在：{'、'.join(missing)}")
    from review.export import sweep_format

    fmt_name = sweep_format(out, fmt)
    if out is not None and fmt_name not in SWEEP_FORMATS:
        raise typer.BadParameter(f"无法按扩展名“{out.suffix}”确定输出格式，请用 --format 指定 xlsx、csv、docx、json 或 html")
    if out is None and fmt_name in ("xlsx", "csv", "docx", "html"):
        raise typer.BadParameter(f"{fmt_name} 格式需要用 --out 指定输出文件" + ("夹" if fmt_name == "html" else ""))
    if out is not None and fmt_name != "html":
        from review.outpath import check_output

        # an existing file inside the swept folders may be one being swept: never write over it
        inside = out.exists() and any(out.resolve().is_relative_to(Path(d).resolve()) for d in dirs)
        check_output(out, inputs=[db_path(db)], swept_files=[out] if inside else [], swept_roots=dirs,
                     swept_suffixes=DOC_SUFFIXES)
    store = open_store(db)
    check_writable(store)
    opts = SweepOptions(as_of=on_date(as_of), topics=chosen, workers=workers or os.cpu_count() or 1,
                        office=parse_office(office), joint=joint, province=province,
                        presume_validity=presume_validity, read=read_options(ocr, via_office, text_limit),
                        executor="dask" if scheduler else executor, scheduler=scheduler)

    bar = progress_bar("发现问题 {task.fields[n]} 项 {task.fields[item]}", rate="件/秒", speed_estimate_period=60)
    state = {"done": 0}

    def update(done: int, total: int, n: int, item: str = "") -> None:
        state["done"] = done
        bar.update(task, completed=done, total=total, n=n, item=item[-30:])

    try:
        with bar:
            task = bar.add_task("清理", total=None, n=0, item="")
            result = sweep(dirs, store, opts, progress=update)
    except KeyboardInterrupt:
        from statutes.errors import Interrupted

        raise Interrupted(f"已中断：已完成的 {state['done']} 件的结果已保存在 {store.path}，"
                          "重新运行同一命令即从中断处继续") from None

    s = result.summary
    from review.export import summarize, summary_line

    line = (summary_line(summarize(result.entries)) + f"未能读取{s['errors']}件，重复{s['duplicates']}件；"
            f"本次审查{s['reviewed']}件，沿用已存结果{s['reused']}件，用时{s['seconds']}秒。")
    seat = s.get("office") or {}
    if seat.get("inferred"):    # not told whose archive it is: say what the sweep read from it
        line += (f"未指定 --office，按文件库推断本级为{seat['region'] or seat['level'] + '级机关'}，"
                 "上级机关的文件列为非本级文件（可用 --office 指定本级）。")
    if out is not None:
        from review.export import write_sweep

        try:
            write_sweep(result, out, fmt_name, authority=authority, date=opts.as_of)
        except OSError as e:
            from statutes.errors import InputError, os_error_text

            raise InputError(out, f"无法写入：{os_error_text(e)}") from None
        err(f"清理目录已写入 {out}{'/index.html' if fmt_name == 'html' else ''}：{line}")
    if as_json or (out is None and fmt_name == "json"):
        emit_json(result.to_dict())
    elif out is None:
        for i, e in enumerate(result.entries, 1):
            why = e.error or (f"与 {e.duplicate_of} 内容重复" if e.duplicate_of else (e.reasons[0] if e.reasons else ""))
            shown = e.disposition or ("附件" if e.attachment else "未能审查")
            typer.echo(f"{i}\t{shown}\t{e.display_title[:60]}\t{why}")
        err(line)


# -- entry point --------------------------------------------------------------------------------------
def main() -> None:
    """Console entry: ``run()``, then exit with its code. After Ctrl-C a second Ctrl-C while the process exits
    prints nothing more ("Exception ignored …"): this process is ending, nobody's handler is left to restore."""
    import signal

    code = run()
    if code == 130:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.path.basename(sys.argv[0]) == "fashen":
        _quick_exit(code)
    sys.exit(code)


def _quick_exit(code: int) -> None:
    """End the fashen program without tearing its heap down: the exit handlers run (files, logging, the regex
    store: review/modre.py), the output is flushed, and the millions of objects of the rule packs, lexicons and
    indexes are not freed one by one (about a quarter of a second of a 50-clause review's CPU: bench/README.md,
    round 28). Only with no other thread or child process left; else, or on any failure, the ordinary exit."""
    import atexit
    import threading

    mp = sys.modules.get("multiprocessing")
    if threading.active_count() != 1 or (mp is not None and mp.active_children()):
        return
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - let the ordinary exit report it
        return
    os._exit(code)


def run() -> int:
    """``fashen`` with ``sys.argv``, in this process: every error mapped to a Chinese message and an exit code
    (0/1/2/130, 143 on SIGTERM), never a traceback. SIGINT and SIGTERM are handled while it runs and handed back
    as the caller had them on every way out (tests/clirun.py runs the CLI so, sweeps and Ctrl-C included)."""
    import signal

    from review.collector import tune

    tune()                                     # rarer garbage-collector passes: a review's CPU (review/collector.py)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGTERM, _terminated)
    try:
        _main()
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        for s, handler in handlers.items():
            signal.signal(s, handler)
    return 0


def _main() -> None:
    """The app, with each error turned into its message and ``sys.exit`` code."""
    import sqlite3

    from statutes.errors import FashenError, Interrupted, corpus_error, os_error_text

    try:
        rc = app(standalone_mode=False, prog_name="fashen")
        if rc == 130:                      # typer turned Ctrl-C (KeyboardInterrupt) into this exit code
            _interrupted()
        sys.exit(rc if isinstance(rc, int) else 0)
    except Interrupted as e:
        _interrupted(str(e))
    except FashenError as e:
        err(f"错误：{e}")
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        _interrupted()
    except KeyboardInterrupt:
        _interrupted()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except sqlite3.Error as e:
        err(f"错误：{corpus_error(e)}")
        sys.exit(2)
    except OSError as e:
        where = f"{e.filename}：" if getattr(e, "filename", None) else ""
        err(f"错误：{where}{os_error_text(e)}")
        sys.exit(2)
    except Exception as e:  # click usage errors and anything unexpected
        if type(e).__name__ == "NoArgsIsHelpError":     # `fashen statutes`: the help was printed, that is all
            sys.exit(e.exit_code)
        if hasattr(e, "format_message") and isinstance(getattr(e, "exit_code", None), int):  # click's usage errors
            ctx = getattr(e, "ctx", None)
            err(f"错误：{translate_usage(e.format_message())}")
            err(f"请运行“{ctx.command_path if ctx else 'fashen'} --help”查看用法。")
            sys.exit(e.exit_code)
        err(f"内部错误：{type(e).__name__}: {e}（请将此信息报告给维护者）")
        sys.exit(3)


def _terminated(signum, frame) -> None:
    """SIGTERM (kill, a closing terminal): unwind like Ctrl-C, so atomic writes remove their temporary files."""
    raise SystemExit(143)


def _interrupted(message: str = "已中断（未写入不完整的结果）") -> None:
    """Ctrl-C: one line, exit 130; a second Ctrl-C while it unwinds prints nothing more (``run`` gives the caller
    its handler back, ``main`` ignores Ctrl-C until the process has exited)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    err(message)
    sys.exit(130)


def _quiet_stdout() -> None:
    """The reader of our output went away (| head): no "Exception ignored" when Python flushes stdout at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# click's (and typer's) usage messages in Chinese; anything not listed keeps its words behind "命令行参数有误"
_USAGE = [
    (r"^Invalid value for (.+?): (.*)$", "参数 {0} 无效：{1!t}"),
    (r"^Invalid value: (.*)$", "{0!t}"),
    (r"^(?:File|Directory|Path) (.+) is not readable\.?$", "{0} 不可读（没有读取权限）"),
    (r"^(?:File|Directory|Path) (.+) is not writable\.?$", "{0} 不可写（没有写入权限）"),
    (r"^(?:File|Directory|Path) (.+) does not exist\.?$", "{0} 不存在"),
    (r"^(?:File|Path) (.+) is a directory\.?$", "{0} 是文件夹，不是文件"),
    (r"^(?:Directory|Path) (.+) is a file\.?$", "{0} 是文件，不是文件夹"),
    (r"^Missing argument (.+?)\.?$", "缺少参数 {0}"),
    (r"^Missing option (.+?)\.?$", "缺少选项 {0}"),
    (r"^Missing parameter:? (.+?)\.?$", "缺少参数 {0}"),
    (r"^Missing command\.?$", "缺少命令"),
    (r"^No such option: (\S+?)\.?(?:\s+(?:Did you mean (.+?)\?|\(Possible options: (.+)\)))?$", "没有这个选项：{0}"),
    (r"^No such command (.+?)\.?$", "没有这个命令：{0}"),
    (r"^Option (.+?) requires an argument\.?$", "选项 {0} 需要一个值"),
    (r"^Option (.+?) requires (\d+) arguments\.?$", "选项 {0} 需要 {1} 个值"),
    (r"^Got unexpected extra arguments? \((.*)\)\.?$", "多余的参数：{0}"),
    (r"^(.+) is not a valid integer(?: range)?\.?$", "{0} 不是有效的整数"),
    (r"^(.+) is not a valid float(?: range)?\.?$", "{0} 不是有效的数字"),
    (r"^(.+) is not in the range (.+?)\.?$", "{0} 超出允许的范围 {1}"),
    (r"^(.+) is not one of (.+?)\.?$", "{0} 不是可选值之一：{1}"),
    (r"^(.+) is not a valid boolean\.?$", "{0} 不是有效的开关值（true/false）"),
]


def translate_usage(message: str) -> str:
    import re

    message = message.strip()
    for pattern, template in _USAGE:
        m = re.match(pattern, message, re.S)
        if m:
            groups = m.groups()
            out = template
            for k, g in enumerate(groups):
                out = out.replace(f"{{{k}!t}}", translate_usage(g or "")).replace(f"{{{k}}}", g or "")
            return out
    if re.search(r"[\u4e00-\u9fff]", message):
        return message
    return f"命令行参数有误：{message}"


if __name__ == "__main__":
    main()
