"""Contract checks against the labelled agreements in tests/fixtures/contracts.

    /tmp/fv/bin/python -m bench.contract_eval          # per-rule and overall table (Markdown)

A labelled clause counts as found when a contract finding's clause label equals the label or the
finding's quote overlaps the labelled quote. A finding is a true positive when it lands on a
labelled problem (any category), a false positive when it lands on a lawful look-alike or on no
label. Per-rule recall uses EXPECTED below: which rule is meant to catch each labelled problem of
category "contract" (our reading of the labels, not part of the ground truth).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from review.clauses import split_clauses
from review.contracts import classify_contract, contract_findings
from review.readers import read_document
from review.rules import load_packs

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "contracts"
AS_OF = "2025-12-01"

# (fixture stem prefix, start of the labelled quote) -> rule meant to catch it
EXPECTED = {
    ("南屏", "甲方：南屏市"): "K-AUTHORITY",
    ("南屏", "甲方同意将本协议第二条"): "K-DIRECT-AWARD",
    ("南屏", "同等条件下优先选择"): "K-DIRECT-AWARD",
    ("南屏", "乙方可以先行垫资"): "K-ADVANCE",
    ("南屏", "甲方向乙方的融资机构"): "K-GUARANTEE",
    ("柏江", "甲方保证乙方每年"): "K-DEBT",
    ("柏江", "甲方按照社会资本方"): "K-DEBT",
    ("梧溪县国有", "《城市房屋拆迁管理条例》"): "(repealed-law 包)",
    ("梧溪县国有", "被征收房屋价值由甲方指定"): "K-EXPROP-APPRAISER",
    ("梧溪县国有", "乙方应当在本协议签订之日起十五日内"): "K-EXPROP-ORDER",
    ("梧溪县国有", "甲方有权通知供水"): "K-EXPROP-UTILITY",
    ("梧溪县国有", "乙方签订本协议即视为放弃"): "K-REMEDY-WAIVER",
    ("梧溪县国有", "提交梧溪仲裁委员会"): "K-ARBITRATION",
    ("梧溪县教育局", "乙方应当在本合同签订前以现金"): "K-SME-CASH-DEPOSIT",
    ("梧溪县教育局", "合同货物验收合格后"): "K-SME-PAY",
    ("梧溪县教育局", "合同最终结算金额"): "K-SME-AUDIT",
    ("梧溪县教育局", "因上级财政资金未及时拨付"): "K-SME-INTEREST",
    ("梧溪县教育局", "补充合同的采购金额"): "K-PROC-SUPPLEMENT",
    ("澄湖", "直接授予乙方"): "K-FRANCHISE-DIRECT",
    ("澄湖", "甲方授予乙方在特许经营区域内"): "K-EXCLUSIVE",
    ("澄湖", "甲方不再批准"): "K-NO-COMPETITOR",
    ("澄湖", "甲方负责协调公安交警"): "K-NO-COMPETITOR",
    ("澄湖", "乙方按年向甲方缴纳"): "K-FRANCHISE-FEE",
    ("青禾", "甲方确保乙方"): "K-LAND-BID",
    ("青禾", "甲方以产业扶持资金"): "K-LAND-REBATE",
    ("青禾", "乙方缴纳的增值税"): "K-TAX-REBATE",
    ("青禾", "甲方按乙方生产设备"): "K-BUDGET",
    ("青禾", "不在青禾县范围内"): "K-NO-COMPETITOR",
    ("青禾", "由甲方承担连带清偿责任"): "K-GUARANTEE",
    ("青禾", "甲方同意为乙方向银行"): "K-GUARANTEE",
    ("青禾", "甲方有权单方解除"): "K-UNILATERAL",
    ("青禾", "提交澄湖仲裁委员会"): "K-ARBITRATION",
}


@dataclass
class FixtureResult:
    name: str
    contract_type: str
    kind: str
    subtype: str
    missing_expected: list
    missing_found: list
    found: list = field(default_factory=list)        # (label item, [rule ids]) for problems
    missed: list = field(default_factory=list)       # label items of category contract not found
    lookalike_hits: list = field(default_factory=list)  # (label item, finding)
    findings: list = field(default_factory=list)     # (finding, verdict) verdict: tp | fp-lookalike | fp


def _span(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    if not quote:
        return None
    i = text.find(quote, near)
    if i < 0:
        i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


def _hits(finding, item: dict, text: str) -> bool:
    if finding.clause is None:
        return False
    if finding.clause.label == item["label"]:
        return True
    a = _span(text, finding.quote, finding.clause.start)
    b = _span(text, item["quote"])
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def evaluate_fixture(path: Path, rules) -> FixtureResult:
    labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
    doc = read_document(path)
    kind = classify_contract(doc)
    findings = contract_findings(doc, split_clauses(doc), rules, AS_OF, kind=kind)
    text = doc.text
    res = FixtureResult(path.stem, labels["contract_type"], kind.kind, kind.subtype,
                        sorted(labels.get("missing_terms", [])),
                        sorted(f.detail["term"] for f in findings if f.rule == "K-TERMS"))
    clause_findings = [f for f in findings if f.clause is not None]
    for item in labels["clauses"]:
        by = [f for f in clause_findings if _hits(f, item, text)]
        if item["lawful_lookalike"]:
            res.lookalike_hits += [(item, f) for f in by]
        elif "contract" in item["categories"]:
            if by:
                res.found.append((item, sorted({f.rule for f in by})))
            else:
                res.missed.append(item)
    for f in clause_findings:
        items = [i for i in labels["clauses"] if _hits(f, i, text)]
        if any(not i["lawful_lookalike"] for i in items):
            res.findings.append((f, "tp"))
        elif items:
            res.findings.append((f, "fp-lookalike"))
        else:
            res.findings.append((f, "fp"))
    return res


def evaluate(rules=None) -> list[FixtureResult]:
    rules = rules if rules is not None else load_packs()
    return [evaluate_fixture(p, rules) for p in sorted(FIXTURES.glob("*.txt"))]


def _expected_rule(fixture: str, item: dict) -> str | None:
    for (prefix, start), rule in EXPECTED.items():
        if fixture.startswith(prefix) and item["quote"].startswith(start):
            return rule
    return None


def per_rule(results) -> dict[str, dict]:
    """rule -> {findings, tp, fp, expected, caught} over all fixtures."""
    table: dict[str, dict] = defaultdict(lambda: {"findings": 0, "tp": 0, "fp": 0, "expected": 0, "caught": 0})
    for r in results:
        for f, verdict in r.findings:
            row = table[f.rule]
            row["findings"] += 1
            row["tp" if verdict == "tp" else "fp"] += 1
        for item, rules in r.found:
            exp = _expected_rule(r.name, item)
            if exp:
                table[exp]["expected"] += 1
                table[exp]["caught"] += exp in rules
        for item in r.missed:
            exp = _expected_rule(r.name, item)
            if exp:
                table[exp]["expected"] += 1
    return dict(table)


def totals(results) -> dict:
    found = sum(len(r.found) for r in results)
    missed = sum(len(r.missed) for r in results)
    tp = sum(v == "tp" for r in results for _, v in r.findings)
    n = sum(len(r.findings) for r in results)
    return {"labelled": found + missed, "found": found, "recall": found / max(found + missed, 1),
            "findings": n, "tp": tp, "precision": tp / max(n, 1),
            "lookalike_errors": sum(f.severity == "error" for r in results for _, f in r.lookalike_hits)}


def _ratio(a, b) -> str:
    return f"{a / b:.2f}" if b else "—"


def report(results) -> str:
    lines = ["| 规则 | 命中 | 正确 | 误报 | 精确率 | 应查出 | 查出 | 召回率 |", "|---|---|---|---|---|---|---|---|"]
    for rule, row in sorted(per_rule(results).items()):
        lines.append(f"| {rule} | {row['findings']} | {row['tp']} | {row['fp']} | {_ratio(row['tp'], row['findings'])} "
                     f"| {row['expected']} | {row['caught']} | {_ratio(row['caught'], row['expected'])} |")
    t = totals(results)
    lines += ["", f"合计（条款级，contract 类）：标注问题 {t['labelled']}，查出 {t['found']}，召回率 {t['recall']:.2f}；"
              f"条款级发现 {t['findings']}，正确 {t['tp']}，精确率 {t['precision']:.2f}；"
              f"把合法相似条款报为 error：{t['lookalike_errors']}", ""]
    lines += ["| 样本 | 标注类型 | 判定 | 子类型 | 应缺条款 | 报缺条款 | 未查出 |", "|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.name} | {r.contract_type} | {r.kind} | {r.subtype} | {'、'.join(r.missing_expected) or '—'} "
                     f"| {'、'.join(r.missing_found) or '—'} | {'；'.join(i['label'] + ' ' + i['quote'][:16] for i in r.missed) or '—'} |")
    return "\n".join(lines)


def main() -> None:
    print(report(evaluate()))


if __name__ == "__main__":
    main()
