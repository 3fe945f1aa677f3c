"""Round 19, speed (issues 11 and 12): ``fashen review`` of a text up to ``cli.MAPPED_UP_TO`` characters reads the
corpus through a memory map (``Store.read_mapped``); the upper-law searches find the same articles with the same
scores, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest

from statutes.store import MMAP_BYTES, Store

REPO = Path(__file__).resolve().parents[1]
DOG = REPO / "tests" / "fixtures" / "drafts" / "梧溪县城区养犬管理办法（送审稿）.txt"
LEAVE = REPO.parent / "shared" / "data" / "documents" / "txt"

# clauses of other sectors and shapes, restating or altering an upper law, and plain local ones
CLAUSES = [
    "行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。",
    "饲养的犬只造成他人损害的，动物饲养人或者管理人应当承担侵权责任。",
    "对违反本办法规定的，由城市管理部门责令改正，处五百元以上一千元以下罚款。",
    "用人单位应当按时足额支付劳动者工资，不得克扣或者无故拖欠。",
    "建设单位应当在施工前向所在地县级人民政府住房和城乡建设主管部门申请领取施工许可证。",
    "本办法自发布之日起施行。",
    "当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。",
    "医疗机构应当对传染病病人实行隔离治疗，隔离期限根据医学检查结果确定。",
    "土地使用权出让合同约定的使用年限届满，土地使用者需要继续使用土地的，应当至迟于届满前一年申请续期。",
    "未经批准，任何单位和个人不得在饮用水水源保护区内设置排污口。",
]


def _real_sentences(n: int = 40) -> list[str]:
    out = []
    for path in sorted(LEAVE.iterdir())[::9]:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if 20 <= len(line) <= 120:
                out.append(line)
                break
        if len(out) >= n:
            break
    return out


def _results(store, texts):
    from statutes.search import SearchCache, search

    cache = SearchCache(store)
    return [[(p.version_id, p.article, p.article_sub, p.paragraph, p.item, p.score) for p in
             search(cache, t, k=5, as_of="2026-12-01")] for t in texts]


def test_mapped_reading_finds_the_same_articles(corpus_path):
    texts = CLAUSES + DOG.read_text(encoding="utf-8").splitlines()[5:25] + (_real_sentences() if LEAVE.is_dir() else [])
    with Store(corpus_path) as plain, Store(corpus_path) as mapped:
        mapped.read_mapped()
        assert mapped.conn.execute("PRAGMA mmap_size").fetchone()[0] in (MMAP_BYTES, 0)   # 0: a build without mmap
        assert plain.conn.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert _results(plain, texts) == _results(mapped, texts)
        assert any(_results(mapped, CLAUSES[:1])[0])


def test_review_command_reads_mapped_and_the_sweep_does_not(corpus_path, monkeypatch):
    from clirun import fashen

    calls = []
    real = Store.read_mapped
    monkeypatch.setattr(Store, "read_mapped", lambda self, *a: (calls.append(self.path), real(self, *a))[1])
    r = fashen("review", DOG, "--json", db=corpus_path)
    assert r.returncode in (0, 1), r.stderr
    assert calls == [corpus_path]
    r = fashen("review", DOG, "--json", "--no-upper", db=corpus_path)
    assert r.returncode in (0, 1) and calls == [corpus_path]          # no search, no map
    import cli

    monkeypatch.setattr(cli, "MAPPED_UP_TO", 1000)                    # a long text: its own memory comes first
    r = fashen("review", DOG, "--json", db=corpus_path)
    assert r.returncode in (0, 1) and calls == [corpus_path]

