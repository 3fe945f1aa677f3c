"""The command line as a user runs it: real files, exit codes and messages (in-process, tests/clirun.py)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from clirun import command_paths, fashen

REPO = Path(__file__).resolve().parents[1]
DOG = REPO / "tests" / "fixtures" / "drafts" / "梧溪县城区养犬管理办法（送审稿）.txt"


def assert_clean_failure(result, code=2):
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert re.search(r"[\u4e00-\u9fff]", result.stderr), result.stderr   # a Chinese message


COMMANDS = command_paths()     # every command of the typer app, including ones added later


def test_the_app_has_the_commands_the_readme_documents():
    assert {("statutes", "show"), ("statutes", "search"), ("review",), ("sweep",), ("rules", "check")} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "fashen")
def test_every_command_has_help_in_chinese(path):
    import typer.main

    import cli

    r = fashen(*path, "--help", env={"COLUMNS": "250"})          # wide: a metavar is never wrapped
    assert r.returncode == 0, r.stderr
    assert r.stdout.lstrip().startswith("用法：fashen" + "".join(" " + w for w in path)), r.stdout[:200]
    assert "显示本帮助并退出" in r.stdout
    for english in ("Show this message", "Usage:", "Options", "Arguments", "[required]", "[default"):
        assert english not in r.stdout, english
    # the words typer shows for a parameter's type and in the usage line: <str>, <path>, TEXT, INTEGER, [OPTIONS] …
    assert not re.findall(r"<[a-z][a-z ]*>|\b(?:TEXT|PATH|INTEGER|FLOAT|FILE|DIRECTORY|BOOLEAN|OPTIONS|COMMAND|ARGS)\b|"
                          r"\{[a-z_]+\}", r.stdout), r.stdout
    command = typer.main.get_command(cli.app)
    for word in path:
        command = command.commands[word]
    first_line = (command.help or "").strip().splitlines()[0].replace(" ", "")
    assert first_line[:20] in re.sub(r"[\s│]", "", r.stdout)


def test_every_argument_and_type_has_a_chinese_metavar():
    """Derived from the app: every argument of every command is named in Chinese, and every option's type."""
    import typer.main

    import cli

    root = typer.main.get_command(cli.app)
    for path in COMMANDS:
        command = root
        for word in path:
            command = command.commands[word]
        ctx = command.context_class(command, info_name="fashen")
        for param in command.params:
            if param.param_type_name == "option" and (param.is_flag or param.name == "help"):
                continue
            metavar = param.make_metavar(ctx)
            choices = re.fullmatch(r"<[a-z0-9\-]+(?:\|[a-z0-9\-]+)+>", metavar)     # <md|html|json>: the values
            assert choices or re.search(r"[\u4e00-\u9fff]", metavar), (path, param.name, metavar)


@pytest.mark.parametrize("command", ["review", "sweep"])
def test_help_shows_brackets_as_written(command):
    """typer's rich help reads [words] as markup: the install hint keeps its extra's name."""
    assert "pip install 'fashen[ocr]'" in fashen(command, "--help", env={"COLUMNS": "250"}).stdout


def test_readme_commands_exist():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    used = {tuple(m.group(1).split()[:2]) for m in re.finditer(r"^fashen ((?:\w+)(?: [a-z]+)?)", readme, re.M)}
    assert ("review",) in {u[:1] for u in used}
    for cmd in used:
        key = cmd if cmd[0] in ("statutes", "rules") else cmd[:1]
        assert key in COMMANDS, f"README uses `fashen {' '.join(cmd)}`, which is not a command"
    install, test = "pip install -e .  ", "pip install -e '.[test]' && pytest"
    assert f"\n{install}" in readme and f"\n{test}" in readme


def test_ci_runs_the_readme_commands():
    """.ci/run installs and tests exactly as README.md says (runtime install first, then the test extra)."""
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "pip install -e ." in ci and "pip install -e '.[test]' && pytest" in ci
    assert ci.index("pip install -e .") < ci.index("pip install -e '.[test]' && pytest")


def test_show_prints_the_article(corpus_path):
    r = fashen("statutes", "show", "行政许可法", "17", db=corpus_path)
    assert r.returncode == 0
    assert "第十七条　除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。" in r.stdout
    assert "现行有效" in r.stdout


def test_show_and_search_default_to_the_law_in_force_today(corpus_path):
    """Without --as-of, `statutes show` and `statutes search` read the version in force today (their help says
    默认今天), not a version promulgated but not yet in force (商标法 as revised 2026-06-26, in force 2027-01-01)."""
    from datetime import date

    today = date.today().isoformat()
    for args in (("statutes", "show", "商标法", "18", "--json"),
                 ("statutes", "search", "申请商标注册或者办理其他商标事宜，可以自行办理", "-k", "2", "--json")):
        bare = fashen(*args, db=corpus_path)
        dated = fashen(*args, "--as-of", today, db=corpus_path)
        assert bare.returncode == dated.returncode == 0, (bare.stderr, dated.stderr)
        assert json.loads(bare.stdout) == json.loads(dated.stdout)


def test_show_json_contract(corpus_path):
    r = fashen("statutes", "show", "行政许可法", "第四十二条第二款", "--json", db=corpus_path)
    d = json.loads(r.stdout)
    assert d["provision"]["article_label"] == "第四十二条"
    assert [u["paragraph"] for u in d["units"]] == [2]
    assert set(d["provision"]) == {"law", "level", "status", "version_date", "article", "article_label",
                                   "paragraph", "item", "text"}


@pytest.mark.parametrize("damage", ["truncate", "alter"])
def test_first_run_refuses_a_damaged_snapshot(tmp_path, damage):
    """A copy of fashen whose shipped snapshot lost its end or had one byte changed: the first command stops with
    exit 2 and a message naming the file and its SHA-256 check, and leaves no database, not even a temporary one."""
    copy = tmp_path / "fashen"
    for part in ("statutes", "review"):
        shutil.copytree(REPO / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "cli.py", copy / "cli.py")
    target = copy / "statutes" / "data" / "corpus" / "laws.jsonl.xz"
    data = target.read_bytes()
    target.write_bytes(data[:-1000] if damage == "truncate" else data[:5000] + bytes([data[5000] ^ 1]) + data[5001:])
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "FASHEN_DB"} | {"XDG_DATA_HOME": str(home)}
    r = subprocess.run([sys.executable, "-c", "import sys, cli; sys.argv[0] = 'fashen'; cli.main()", "statutes",
                        "stats"], capture_output=True, text=True, cwd=copy, env=env, timeout=300)
    assert_clean_failure(r)
    assert str(target) in r.stderr and "SHA-256 校验值不符" in r.stderr, r.stderr
    assert [p for p in home.rglob("*") if not p.is_dir()] == []


@pytest.mark.parametrize("law, article, facts, given, closest", [
    # a law: repealed by the 民法典's commencement article; its 第五十二条's content is 民法典 第一百五十三条's
    ("合同法", "52", ["2021-01-01", "民法典 第一千二百六十条", "由《中华人民共和国民法典》取代"],
     "违反法律、行政法规的强制性规定的，合同无效。", "第一百五十三条"),
    # a regulation: repealed by its successor's last article (repealed.csv records what was checked)
    ("城市房屋拆迁管理条例", "3", ["2011-01-21", "国有土地上房屋征收与补偿条例 第三十五条",
                              "由《国有土地上房屋征收与补偿条例》取代", "来源：fashen repealed.csv"],
     "拆迁人应当依照本条例的规定，对被拆迁人给予补偿、安置；被拆迁人应当在搬迁期限内完成搬迁。", "第二十七条"),
])
def test_show_repealed_law_without_text(corpus_path, law, article, facts, given, closest):
    """A law known only by its repeal: its date, the repealing article, the successor and where the facts come
    from, not an error; with the cited content, the successor's closest article."""
    r = fashen("statutes", "show", law, article, db=corpus_path)
    assert r.returncode == 0 and all(f in r.stdout for f in facts), r.stdout
    assert "没有正文" not in r.stdout and "用 --text" in r.stdout
    r = fashen("statutes", "show", law, article, "--text", given, db=corpus_path)
    assert r.returncode == 0 and f"中与所给内容最接近的条文（请人工确认）：{closest}" in r.stdout, r.stdout
    # content the successor has nothing like: said so, not a request for the --text just given
    r = fashen("statutes", "show", law, article, "--text", "乙方应于本合同签订之日起十个工作日内支付首期款项。",
               db=corpus_path)
    assert r.returncode == 0 and "中没有与所给内容相近的条文" in r.stdout and "用 --text" not in r.stdout, r.stdout


def test_show_repealed_regulation_with_text(corpus_path):
    """A repealed regulation with text: the article, where its status comes from, the successor's closest article."""
    r = fashen("statutes", "show", "法规规章备案条例", "5", db=corpus_path)
    assert r.returncode == 0 and "已于 2024-11-01 废止" in r.stdout
    assert "《法规规章备案审查条例》中与该条最接近的条文" in r.stdout


def test_show_a_regulation_of_the_default_corpus(corpus_path):
    r = fashen("statutes", "show", "优化营商环境条例", "39", db=corpus_path)
    assert r.returncode == 0 and "第三十九条　国家严格控制新设行政许可" in r.stdout
    assert "时效性来源：LawRefBook" in r.stdout


def test_list_regulations_in_force(corpus_path):
    r = fashen("statutes", "list", "--level", "行政法规", "--status", "现行有效", "--json", db=corpus_path)
    rows = json.loads(r.stdout)
    assert r.returncode == 0 and len(rows) > 500
    assert {x["status"] for x in rows} == {"现行有效"} and {x["level"] for x in rows} == {"行政法规"}
    assert "优化营商环境条例" in {x["title"] for x in rows} and "法规规章备案条例" not in {x["title"] for x in rows}


def test_search_stdin_batch(corpus_path):
    queries = "行政机关应当自受理行政许可申请之日起三十日内作出行政许可决定\n本办法自2025年1月1日起施行。\n"
    r = fashen("statutes", "search", "-", "-k", "2", db=corpus_path, stdin=queries)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["match"] for x in lines] == [True, False]
    assert lines[0]["results"][0]["article_label"] == "第四十二条"
    assert "score" in lines[0]["results"][0]


def test_cite_json(corpus_path):
    text = "依据《中华人民共和国合同法》第五十二条和《中华人民共和国行政许可法》第十七条，制定本办法。"
    r = fashen("statutes", "cite", text, "--json", "--as-of", "2024-01-01", db=corpus_path)
    verdicts = [c["verdict"] for c in json.loads(r.stdout)]
    assert verdicts == ["repealed", "verified"] and r.returncode == 1


def test_stats_json(corpus_path):
    d = json.loads(fashen("statutes", "stats", "--json", db=corpus_path).stdout)
    assert d["by_level_status"]["法律"]["现行有效"] > 300 and d["snapshot"]["snapshot_id"]


def test_review_writes_a_word_opinion(corpus_path, tmp_path):
    out = tmp_path / "意见.docx"
    r = fashen("review", DOG, "--out", out, "--as-of", "2026-04-01", db=corpus_path)
    assert r.returncode == 1                    # the draft has unlawful clauses
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
    assert "关于《梧溪县城区养犬管理办法（送审稿）》的合法性审查意见" in body
    assert list(tmp_path.iterdir()) == [out]    # no temp file left behind


def test_review_json_contract(corpus_path):
    r = fashen("review", DOG, "--format", "json", "--as-of", "2026-04-01", db=corpus_path)
    d = json.loads(r.stdout)
    assert set(d) >= {"document", "conclusion", "findings", "corpus"}
    text = DOG.read_text(encoding="utf-8")
    for f in d["findings"]:
        assert set(f) >= {"rule", "category", "severity", "clause", "quote", "basis", "suggestion", "upper"}
        assert f["quote"] in text                # quotes are exact substrings of the document
    assert d["corpus"]["as_of"] == "2026-04-01"


def _junk_dir(tmp_path):
    d = tmp_path / "junk"
    d.mkdir()
    (d / "a.bin").write_bytes(bytes(range(256)) * 40)
    (d / "b.dat").write_bytes(b"\x00\xff" * 1000)
    return d


@pytest.mark.parametrize("make, args", [
    (lambda t: t / "missing.docx", ["review"]),                                      # a missing file
    (lambda t: (t / "t.docx").write_bytes(b"PK\x03\x04broken") and t / "t.docx", ["review"]),  # truncated .docx
    (lambda t: (t / "e.txt").write_bytes(b"") or t / "e.txt", ["review"]),            # an empty file
    (lambda t: t, ["review"]),                                                      # a directory
])
def test_bad_review_input(tmp_path, corpus_path, make, args):
    target = make(tmp_path)
    assert_clean_failure(fashen(*args, target, db=corpus_path))


def test_gbk_text_is_read(tmp_path, corpus_path):
    draft = tmp_path / "gbk.txt"
    draft.write_bytes("第一条 为了规范管理，制定本办法。\n第二条 本办法自2025年1月1日起施行，有效期五年。\n".encode("gbk"))
    r = fashen("review", draft, "--format", "json", "--fail-on", "none", db=corpus_path)
    assert r.returncode == 0
    assert json.loads(r.stdout)["summary"]["clauses_reviewed"] == 2


def test_import_reports_every_failure_and_keeps_the_rest(tmp_path):
    db = tmp_path / "c.db"
    junk = _junk_dir(tmp_path)
    good = tmp_path / "条例.txt"
    good.write_text("某市养犬管理条例\n第一条 为了规范养犬行为，制定本条例。\n第二条 本条例自2020年1月1日起施行。\n",
                    encoding="gb18030")
    r = fashen("statutes", "import", junk, good, "--level", "地方性法规", "--json", db=db)
    report = json.loads(r.stdout)["files"]
    assert r.returncode == 1 and report["added"] == 1 and report["failed"] == 2
    assert {Path(f["path"]).name for f in report["failures"]} == {"a.bin", "b.dat"}


def test_fts_hostile_query(corpus_path):
    r = fashen("statutes", "search", '"社会-抚养费" NOT', "--json", db=corpus_path)
    assert r.returncode == 0 and "Traceback" not in r.stderr
    json.loads(r.stdout)


def test_bad_level_is_a_usage_error(tmp_path):
    assert_clean_failure(fashen("statutes", "import", tmp_path, "--level", "超级法", db=tmp_path / "c.db"))


def test_rules_check_on_the_default_corpus(corpus_path):
    """Every 法律 and 行政法规 basis of the packaged rules verifies against the default corpus."""
    r = fashen("rules", "check", "--json", db=corpus_path)
    d = json.loads(r.stdout)
    assert r.returncode == 0 and d["rules"] > 50 and d["bases"] > 100
    assert d["problems"] == [] and d["unverified"] == 0


def test_rules_check_names_what_to_import(corpus_path, tmp_path):
    """A basis outside the corpus is not verified: exit 1, and the message says what to import."""
    pack = tmp_path / "本省规则.toml"
    pack.write_text('''[pack]
name = "test"
version = "1"
description = "一条引用库外条例的规则"

[[rule]]
id = "T-OUTSIDE-01"
category = "license"
title = "测试规则"
severity = "warning"
topics = ["content"]
any = ['测试专用词语']
basis = [{law = "某省测试专用管理条例", article = 3, level = "行政法规"}]
opinion = "测试。"
examples.positive = ["本条含有测试专用词语。", "测试专用词语再次出现。"]
examples.negative = ["本条与此无关。", "这一条也无关。"]
''', encoding="utf-8")
    r = fashen("rules", "check", "--rules", pack, db=corpus_path)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "未通过核对 1 处" in r.stdout and "fashen statutes import" in r.stdout and "某省测试专用管理条例" in r.stdout


def test_import_an_offices_folder(tmp_path, corpus_path):
    """An office's own folder: --level/--region/--issuer as defaults; a 政府令 text is a 规章 whatever the default;
    local material binds only when the review names its province."""
    import shutil

    db = tmp_path / "c.db"
    shutil.copy(corpus_path, db)
    folder = tmp_path / "本单位文件"
    folder.mkdir()
    (folder / "关于加强城区犬只管理的通知.txt").write_text(
        "某市城区犬只管理办法\n\n第一条 为了加强城区犬只管理，制定本办法。\n"
        "第二条 城区养犬人携犬出户时，应当为犬只佩戴嘴套并由专人牵引，牵引绳长度不得超过一米二。\n", encoding="utf-8")
    (folder / "某市公园管理规定.txt").write_text(
        "某市公园管理规定\n（2020年5月1日某市人民政府令第12号公布）\n\n"
        "第一条 为了加强公园管理，制定本规定。\n第二条 公园内禁止采摘花果、攀折树木和在非指定区域垂钓。\n",
        encoding="utf-8")
    r = fashen("statutes", "import", folder, "--level", "规范性文件", "--region", "广东省", "--issuer", "某市人民政府",
               "--json", db=db)
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert json.loads(r.stdout)["files"]["added"] == 2
    rows = {x["title"]: x for x in json.loads(fashen("statutes", "list", "--title", "某市", "--json", db=db).stdout)}
    assert (rows["某市城区犬只管理办法"]["level"], rows["某市城区犬只管理办法"]["region"]) == ("规范性文件", "广东")
    assert rows["某市公园管理规定"]["level"] == "地方政府规章"
    clause = "城区养犬人携犬出户时，应当为犬只佩戴嘴套并由专人牵引，牵引绳长度不得超过一米二。"
    found = json.loads(fashen("statutes", "search", clause, "--province", "广东", "--json", db=db).stdout)
    assert found["match"] and found["results"][0]["law"] == "某市城区犬只管理办法"
    other = json.loads(fashen("statutes", "search", clause, "--json", db=db).stdout)
    assert all(h["law"] != "某市城区犬只管理办法" for h in other["results"])


def test_cite_does_not_report_the_document_itself(tmp_path, corpus_path):
    draft = tmp_path / "某县城区养犬管理办法（送审稿）.txt"
    draft.write_text("某县城区养犬管理办法（送审稿）\n\n第一条 为了规范养犬行为，根据《中华人民共和国动物防疫法》，"
                     "制定《某县城区养犬管理办法》（以下简称《办法》）。\n第二条 《办法》第一条所称养犬人，"
                     "依照本办法第三条确定。\n", encoding="utf-8")
    d = json.loads(fashen("statutes", "cite", draft, "--json", db=corpus_path).stdout)
    assert [c["verdict"] for c in d] == ["verified"] * len(d) and len(d) >= 3
    assert "outside_corpus" not in {c["verdict"] for c in d}


def test_rules_check_lists_every_load_problem(tmp_path):
    """Every problem of every pack and lexicon, each with file, rule/concept id and reason; exit 2."""
    broken = REPO / "tests" / "fixtures" / "broken_rules"
    r = fashen("rules", "check", "--rules", broken, db=tmp_path / "none.db")
    assert_clean_failure(r)
    lines = [l for l in r.stderr.splitlines() if l.startswith("  ")]
    assert len(lines) == 8
    for ident in ("bad.regex", "bad.example", "X-ONE", "X-TWO", "X-THREE"):
        assert any(f"\t{ident}\t" in l for l in lines), ident
    d = json.loads(fashen("rules", "check", "--rules", broken, "--json", db=tmp_path / "none.db").stdout)
    assert len(d["load_problems"]) == 8 and all(p["file"] and p["problem"] for p in d["load_problems"])
    # reviewing with the same packs refuses on the first problem, also with exit 2
    r = fashen("review", DOG, "--rules", broken, db=tmp_path / "none.db")
    assert_clean_failure(r) and "词库" in r.stderr


@pytest.mark.parametrize("args, listed", [
    (["review"], ["md|markdown|html|docx|json", "error|warning|info|none", "auto|normative|contract", "<省份>"]),
    (["sweep"], ["xlsx|csv|docx|json|html",
                 "family-planning|repealed-law|agency|validity|fair-competition|content|upper-law|all",
                 "process|dask"]),
])
def test_help_lists_the_choices(args, listed):
    out = fashen(*args, "--help", env={"COLUMNS": "250"}).stdout          # wide: one option a line
    for choices in listed:
        assert f"<{choices.strip('<>')}>" in out, choices
    assert "--format json 即 --json" in out and "输出 JSON（同 --format json）" in out


@pytest.mark.parametrize("args, message", [
    (["review", DOG, "--fail-on", "fatal"], "只能是 error、warning、info 或 none（不是“fatal”）"),
    (["review", DOG, "--format", "pdf"], "只能是 md、markdown、html、docx 或 json"),
    (["review", DOG, "--kind", "law"], "只能是 auto、normative 或 contract"),
    (["review", DOG, "--province", "火星"], "只能是 北京、天津"),
    (["statutes", "search", "养犬", "--province", "Guangdong"], "只能是 北京、天津"),
    (["sweep", str(DOG), "--presume-validity", "sometimes"], "只能是 none、trial、provisional 或 all"),
])
def test_a_wrong_choice_is_refused_in_chinese(tmp_path, args, message):
    r = fashen(*args, db=tmp_path / "none.db")
    assert_clean_failure(r)
    assert message in r.stderr and "--" in r.stderr and "Invalid" not in r.stderr
    assert not (tmp_path / "none.db").exists()


def test_province_is_named_as_the_packs_name_it(corpus_path):
    """--province 上海市 and --province 上海 are the same province (the packs' [params."上海"] apply)."""
    a = json.loads(fashen("review", DOG, "--json", "--fail-on", "none", "--as-of", "2026-04-01", "--no-upper",
                          "--province", "上海市", db=corpus_path).stdout)
    b = json.loads(fashen("review", DOG, "--json", "--fail-on", "none", "--as-of", "2026-04-01", "--no-upper",
                          "--province", "上海", db=corpus_path).stdout)
    assert a["findings"] == b["findings"]


def test_sweep_presumes_validity_by_the_offices_setting(tmp_path, corpus_path):
    """Without 有效期: a 试行 document lapses after 2 years by default, any other is only counted; --presume-validity
    none presumes nothing; --province 上海 applies 上海's rule (未明确有效期的，其有效期为5年). The reason names the setting."""
    folder = tmp_path / "文件库"
    folder.mkdir()
    body = "第一条　为加强{0}管理，制定本办法。\n第二条　本县{0}的管理适用本办法。\n第三条　本办法自2012年3月1日起{1}。\n\n"
    for name, what, start in (("试行.txt", "农村集体资产", "试行"), ("施行.txt", "农村宅基地", "施行")):
        (folder / name).write_text(f"梧溪县{what}管理办法\n\n" + body.format(what, start) + "梧溪县人民政府\n2012年2月20日\n",
                                   encoding="utf-8")

    from tests.sweep_helpers import copy_db

    db = copy_db(corpus_path, tmp_path / "sweep.db")          # a sweep stores its results: not in the shared corpus

    def sweep(*extra):
        out = json.loads(fashen("sweep", str(folder), "--json", "--as-of", "2026-12-01", "--workers", "1", *extra,
                                db=db).stdout)
        return {Path(e["path"]).name: (e["disposition"], "；".join(e["reasons"])) for e in out["documents"]}

    got = sweep()
    assert got["试行.txt"][0] == "宣布失效" and "有效期已于2014-02-28届满，按本机关设置推定失效（有效期推定规则（默认设置）" in got["试行.txt"][1]
    assert got["施行.txt"][0] == "修改" and "按5年计已于2017-02-28届满，按本机关设置不推定失效" in got["施行.txt"][1]
    got = sweep("--presume-validity", "none")
    assert got["试行.txt"][0] == "修改" and "有效期推定规则（本次设置）" in got["试行.txt"][1]
    got = sweep("--province", "上海")
    assert got["施行.txt"][0] == "宣布失效" and "有效期推定规则（上海规定）" in got["施行.txt"][1]


def test_a_group_without_command_prints_its_help_and_nothing_else():
    r = fashen("statutes")
    assert "用法：fashen statutes" in r.stdout + r.stderr and "错误" not in r.stderr


def test_search_says_when_the_top_result_is_no_match(corpus_path):
    r = fashen("statutes", "search", "养狗应当办证，每年交五百元管理费。", "-k", "2", db=corpus_path)
    assert r.stdout.startswith("未找到相同或相近的上位法条文；最接近的是《")
    r = fashen("statutes", "search", "设定行政许可，应当遵循经济和社会发展规律", "-k", "1", db=corpus_path)
    assert "未找到" not in r.stdout and "《中华人民共和国行政许可法》第十一条" in r.stdout


def test_readme_says_what_exit_code_1_of_review_means():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first = readme.index("fashen review")
    assert "exits with code 1 when it found problems at or above `--fail-on`" in readme[first:first + 800]
