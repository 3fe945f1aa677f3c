"""Run the docs29 short documents (tests/fixtures/docs29/cases.toml) in sweep and review mode and print, per case,
whether its expected category is flagged (with the quote) or a look-alike is left alone.

    PYTHONPATH=. python bench/docs29_cases.py --db /tmp/c3.db
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent / "tests/fixtures/docs29/cases.toml"
AS_OF = "2026-12-01"
FLAGGING = ("error", "warning")


def cases() -> list[dict]:
    return tomllib.loads(CASES.read_text(encoding="utf-8"))["case"]


def findings(path: Path, mode: str, store, rules) -> list[dict]:
    if mode == "sweep":
        from review.sweep import Reviewer, SweepOptions

        return Reviewer(store, rules, SweepOptions(as_of=AS_OF)).review(path).get("findings") or []
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document

    return [f.to_dict() for f in review_document(read_document(path), store, rules, ReviewOptions(as_of=AS_OF)).findings]


def places(f: dict) -> list[str]:
    return [f.get("quote") or ""] + [p.get("quote") or "" for p in (f.get("detail") or {}).get("folded") or ()]


def judge(case: dict, found: list[dict]) -> tuple[bool, list[str]]:
    flagged = [f for f in found if f.get("severity") in FLAGGING]
    if case["expect"]:
        hits = [f for f in flagged if f["category"] == case["expect"]
                and any(case["quote"] in q or q and q in case["quote"] for q in places(f))]
        return bool(hits), [f"{f['rule']} {f['quote'][:40]}" for f in hits or flagged if f["category"] == case["expect"]]
    bad = [f for f in flagged if f["category"] in case["watch"]
           and (not case.get("watch_rules") or f["rule"] in case["watch_rules"])]
    return not bad, [f"{f['rule']} {f['quote'][:40]}" for f in bad]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--mode", choices=["sweep", "review", "both"], default="both")
    args = ap.parse_args(argv)
    from review.rules import load_packs
    from statutes.store import Store

    store, rules = Store(args.db), load_packs()
    modes = ["sweep", "review"] if args.mode == "both" else [args.mode]
    with tempfile.TemporaryDirectory() as tmp:
        for mode in modes:
            ok_p = ok_l = n_p = n_l = 0
            for case in cases():
                path = Path(tmp) / f"{case['name']}.txt"
                path.write_text(case["text"].strip() + "\n", encoding="utf-8")
                ok, what = judge(case, findings(path, mode, store, rules))
                if case["expect"]:
                    n_p += 1
                    ok_p += ok
                else:
                    n_l += 1
                    ok_l += ok
                print(f"{mode:6} {'ok ' if ok else 'BAD'} {case['name']:28} {what}")
            print(f"{mode}: problems found {ok_p}/{n_p}; look-alikes clean {ok_l}/{n_l}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
