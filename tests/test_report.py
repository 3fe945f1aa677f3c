"""The browsable HTML 清理目录: escaping (a hostile title), the folder, and a real headless Chromium that
filters by 修改 and follows a link to an opinion (skipped without selenium, chromium and chromedriver)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from review.export import CatalogueEntry, summarize
from review.report import write_html_report
from tests.test_export import ENTRIES, FP

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">"\'&'
EVIL = CatalogueEntry(path="docs/evil<x>.txt", sha256="d" * 64, title=f"关于{HOSTILE}的通知", doc_number="</td>",
                      issuer='"><svg onload=alert(3)>', date="2015-01-01", disposition="修改",
                      reasons=(f"理由{HOSTILE}",), clauses_to_change=("第一条：“<b>x</b>”",), findings=(FP,))
ALL = (*ENTRIES, EVIL)


@pytest.fixture
def report(tmp_path) -> Path:
    out = tmp_path / "清理目录"
    write_html_report(ALL, summarize(ALL), out, as_of="2026-01-01", authority="××市司法局")
    return out


def test_folder_layout(report):
    pages = sorted(p.name for p in (report / "opinions").iterdir())
    # the reviewed, not duplicated entries get a page: 1, 2 and 5 (3 is a duplicate, 4 unreadable)
    assert pages == ["000001.html", "000002.html", "000005.html"]
    index = (report / "index.html").read_text(encoding="utf-8")
    assert 'href="opinions/000001.html"' in index and "××市司法局" in index
    assert "http://" not in index and "https://" not in index            # nothing fetched from the network


@pytest.mark.parametrize("page", ["index.html", "opinions/000005.html"])
def test_hostile_text_is_escaped(report, page):
    html = (report / page).read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img", "<svg", "onerror=\"alert", "<b>x"):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<script>") == (1 if page == "index.html" else 0)   # ours only


def test_only_a_previous_report_is_replaced(report, tmp_path):
    write_html_report(ALL, None, report, as_of="2026-01-01")              # again: replaced
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.docx").write_bytes(b"x")
    from statutes.errors import InputError

    with pytest.raises(InputError, match="不是空的"):
        write_html_report(ALL, None, other, as_of="2026-01-01")
    assert (other / "notes.docx").exists()


# -- a real browser ----------------------------------------------------------------------------------------
def _driver(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.skip("chromium / chromedriver 未安装")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(chromedriver), options=opts)


def test_browser_filters_and_follows_a_link(report, tmp_path):
    pytest.importorskip("selenium")
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = _driver(tmp_path)
    try:
        driver.get((report / "index.html").as_uri())
        assert driver.find_element(By.ID, "shown").text == "显示 5 / 5 件"
        Select(driver.find_element(By.ID, "f-disp")).select_by_value("修改")
        visible = [r for r in driver.find_elements(By.CSS_SELECTOR, "#list tbody tr") if r.is_displayed()]
        assert [r.find_elements(By.TAG_NAME, "td")[5].text for r in visible] == ["修改", "修改"]
        assert driver.find_element(By.ID, "shown").text == "显示 2 / 5 件"
        assert HOSTILE in visible[1].text                                  # shown as text, not run
        Select(driver.find_element(By.ID, "f-topic")).select_by_value("family-planning")
        assert driver.find_element(By.ID, "shown").text == "显示 2 / 5 件"
        driver.find_elements(By.CSS_SELECTOR, "#list th")[0].click()      # sort by 序号, descending next
        driver.find_elements(By.CSS_SELECTOR, "#list th")[0].click()
        first = next(r for r in driver.find_elements(By.CSS_SELECTOR, "#list tbody tr") if r.is_displayed())
        assert first.find_elements(By.TAG_NAME, "td")[0].text == "5"
        driver.save_screenshot(str(tmp_path / "index.png"))
        visible[0].find_element(By.TAG_NAME, "a").click()
        assert driver.current_url.endswith("opinions/000001.html")
        assert "广州市积分制入户管理办法" in driver.find_element(By.TAG_NAME, "h1").text
        nav = driver.find_element(By.CSS_SELECTOR, "nav.sweep").text
        assert "清理意见：修改" in nav and "返回清理目录" in nav
        assert "计划生育证明作为办事前置" in driver.find_element(By.TAG_NAME, "body").text
        driver.get((report / "opinions" / "000005.html").as_uri())
        assert HOSTILE in driver.find_element(By.TAG_NAME, "h1").text
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text                                    # no script of the document ran
    finally:
        driver.quit()
