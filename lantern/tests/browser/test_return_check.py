"""A team manager asks for the SSDA903 return of 2025-26 to be checked: the task worker runs it, the check's page
follows it (its script reloads the page when the check ends) and shows the report, which passes axe."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import sign_in_as

pytestmark = pytest.mark.browser

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_the_check_runs_in_the_background_and_its_page_shows_the_report(page: Page) -> None:
    sign_in_as(page, "mia")
    page.goto("/returns/903/")
    page.get_by_label("Collection year").select_option("2026")
    page.get_by_role("button", name="Export and check").click()

    expect(page).to_have_url(re.compile(r"/returns/903/checks/[0-9a-f-]{36}/$"))  # the check's own page
    expect(page.get_by_role("heading", level=1)).to_have_text("Return for 2025/26")
    expect(page.get_by_text("Rules run")).to_be_visible(timeout=60_000)
    expect(page.locator("progress")).to_have_count(0)
    expect(page.get_by_role("cell", name="B903").first).to_be_visible()  # the failures name the child

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
    assert results.violations_count == 0, results.generate_report()

    page.goto("/returns/903/")
    expect(page.get_by_role("link", name="2025/26")).to_be_visible()
    expect(page.get_by_text("Finished")).to_be_visible()
