"""Round-29 speed shortcuts are exact (issues 8, 11 and 12):

* ``firstchars.kept_keys``: the keys a ``Keyed``/``Held`` search's match must contain, kept across processes beside
  the rule-pack cache — the value ``required_keys`` computes, read back equal, for every search of the readings;
* ``modre.compile_kept``: a pattern a module makes from its own data on first use (a ``Keyed`` search's key scan, an
  agency rule's maker pattern, the agency-role table) is built from a kept program, equal to ``re.compile``'s;
* ``cli._keep_bytecode``: where Python writes no bytecode beside the sources, the fashen program keeps it in its cache
  folder, and leaves a prefix already set, ``FASHEN_PYCACHE=0`` and a process allowed to write bytecode alone.
"""

from __future__ import annotations

import pickle
import re
import sys

import pytest

from review import firstchars, modre
from review.firstchars import Held, Keyed, key_scan, kept_keys, required_keys


def _searches():
    """Every ``Keyed``/``Held`` search of the norm readings (module-level names)."""
    import importlib
    import pkgutil

    import review.norms as norms

    out = []
    for info in pkgutil.iter_modules(norms.__path__):
        mod = importlib.import_module(f"review.norms.{info.name}")
        out += [v for v in vars(mod).values() if isinstance(v, Keyed)]
    return out


def test_kept_keys_are_required_keys_for_every_search_of_the_readings():
    searches = _searches()
    assert len(searches) > 50
    for k in searches:
        assert kept_keys(k.rx) == required_keys(k.rx), k.pattern


def test_kept_keys_round_trip_through_the_store(tmp_path, monkeypatch):
    # what the store holds is required_keys's value, pickled: read back it is equal, and it is what is answered
    rx = re.compile(r"[一-龥]{0,16}?(?:有限公司|集团)出具的(?:证明|报告)")
    key = (rx.pattern, rx.flags)
    stored = {key: required_keys(rx)}
    path = tmp_path / "keys-test.pickle"
    path.write_bytes(pickle.dumps((path.name, stored)))
    monkeypatch.setattr(firstchars, "_kept_file", lambda: path)
    monkeypatch.setattr(firstchars, "_KEEP_STATE", {"read": False, "file": None})
    monkeypatch.setattr(firstchars, "_KEPT", {})
    monkeypatch.setattr(firstchars, "_MADE", {})
    assert kept_keys(rx) == required_keys(rx)
    assert key in firstchars._KEPT and not firstchars._MADE
    other = re.compile(r"应当(?:缴纳|交纳)[^，。]{0,8}费")
    assert kept_keys(other) == required_keys(other) and (other.pattern, other.flags) in firstchars._MADE


def test_a_damaged_store_is_computed_again(tmp_path, monkeypatch):
    path = tmp_path / "keys-bad.pickle"
    path.write_bytes(b"not a pickle")
    monkeypatch.setattr(firstchars, "_kept_file", lambda: path)
    monkeypatch.setattr(firstchars, "_KEEP_STATE", {"read": False, "file": None})
    monkeypatch.setattr(firstchars, "_KEPT", {})
    monkeypatch.setattr(firstchars, "_MADE", {})
    rx = re.compile(r"(?<!不)得(?:向|对)[^，。]{0,10}收取")
    assert kept_keys(rx) == required_keys(rx)


@pytest.mark.parametrize("text", [
    "申请人应当提交由有资质的检测机构出具的检测报告。",           # a third body's paper (Held)
    "经营者不得向消费者收取押金。",                               # a fee
    "依照《中华人民共和国行政许可法》第十二条的规定执行。",           # a cited basis: no key
    "",                                                          # empty
])
def test_keyed_searches_still_match_as_the_bare_regex(text):
    for k in _searches():
        assert [m.span() for m in k.finditer(text)] == [m.span() for m in k.rx.finditer(text)], k.pattern


def test_key_scan_is_built_equal_to_re_compile():
    for k in _searches()[:40]:
        scan = key_scan(k.rx)
        if scan is not None:
            assert scan == re.compile(scan.pattern, scan.flags)


@pytest.mark.parametrize("pattern", [
    r"^(?:[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|自治区))?(?:卫生和计划生育委员会|卫计委)",   # an agency's maker
    r"(?:[省市县区州旗镇乡])?(?:人力资源和社会保障局|人社局)",                                 # an agency role
    r"有限|集团|证明",                                                                       # a key scan
])
def test_compile_kept_is_re_compile(pattern):
    rx = modre.compile_kept(pattern)
    assert rx == re.compile(pattern) and rx.groupindex == re.compile(pattern).groupindex
