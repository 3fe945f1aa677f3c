"""List the clauses whose text still holds two or more item numbers after a colon — lists the clause splitter did
not cut into items (so no item is lent its header). A survey for clause-structure work, not a score.

    python bench/unsplit_lists.py --docs DIR
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from review.clauses import split_clauses  # noqa: E402
from review.readers import read_document  # noqa: E402

_MARK = re.compile(r"(?:^|(?<=[。；;：:\s]))(?:[（(][一二三四五六七八九十]{1,3}[）)]|[㈠-㈩]|[0-9]{1,2}[.．、](?![0-9])|[①-⑳])")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, required=True)
    args = ap.parse_args(argv)
    total = 0
    for path in sorted(p for p in args.docs.iterdir() if p.is_file()):
        for clause in split_clauses(read_document(path, metadata=False)):
            colon = max(clause.text.find("："), clause.text.find(":"))
            marks = _MARK.findall(clause.text[colon:]) if colon >= 0 else []
            if len(marks) >= 2:
                total += 1
                print(path.name[:4], clause.label, len(marks), clause.text[:80].replace("\n", "/"))
    print("clauses with an unsplit list:", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
