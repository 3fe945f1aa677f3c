"""Count the quotes of a findings dump (bench/findings_dump.py) that start or end inside a word at a hard line wrap of
a fixed-width layout (……由参|保人自行负担, ``review.sentences.wrapped_at``): issue 9 asks for none.

    python bench/wrap_quotes.py /tmp/after.jsonl [--docs DIR] [--list]

A quote is looked up in its document's text (its first place there); it starts mid-word at a wrap when the line
break before it is a hard wrap, and ends mid-word at a wrap when the line break after it is one. Counted: the quote a
reader sees — a finding's own and those of the places it lists (``folded``). Left out: a document-level finding's
quote (the title, a line of its own: a title line followed by the addressee looks like a wrap to ``wrapped_at``), and
the further hits a finding keeps internally (``quotes``), which ``--all`` adds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"


def cut_at_wrap(text: str, quote: str) -> tuple[bool, bool]:
    """(starts mid-word at a hard wrap, ends mid-word at one) for the first place of ``quote`` in ``text``."""
    from review.sentences import wrapped_at

    at = text.find(quote) if quote else -1
    if at < 0:
        return False, False
    end = at + len(quote)
    return at >= 2 and wrapped_at(text, at - 1), wrapped_at(text, end)


def row_quotes(row: dict, internal: bool = False) -> list[str]:
    """The quotes of a dump row a reader sees (its own, its folded places'); ``internal``: its further hits too."""
    if row.get("clause") is None and not internal:
        return []
    quotes = [row.get("quote") or ""] + [q for _, q in row.get("folded") or []]
    if internal:
        quotes += list(row.get("quotes") or [])
    return list(dict.fromkeys(q for q in quotes if q))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--list", action="store_true", help="print every quote cut at a wrap")
    ap.add_argument("--all", action="store_true", help="document-level quotes and internal hits too")
    args = ap.parse_args(argv)

    from review.readers import read_document

    texts: dict[str, str] = {}
    total = starts = ends = 0
    docs = set()
    for line in args.dump.open(encoding="utf-8"):
        row = json.loads(line)
        name = row["doc"]
        if name not in texts:
            texts[name] = read_document(args.docs / name).text
        for q in row_quotes(row, args.all):
            total += 1
            s, e = cut_at_wrap(texts[name], q)
            starts += s
            ends += e
            if s or e:
                docs.add(name)
                if args.list:
                    print(f"{name[:4]} {row['rule']}: {'|' if s else ''}{q!r}{'|' if e else ''}")
    print(f"{total} quotes: {starts} start and {ends} end inside a word at a hard wrap ({len(docs)} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
