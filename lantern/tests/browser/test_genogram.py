"""A worker opens a child's genogram from the child's page: the drawing, the same relationships in a table, and no
WCAG 2.2 AA problem that axe can find."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as
from lantern.tests.browser.test_accessibility import WCAG_AA, describe

pytestmark = pytest.mark.browser


def test_worker_opens_the_genogram_and_axe_finds_nothing(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    page.get_by_role("link", name="Genogram", exact=True).click()

    expect(page).to_have_url(f"{site.child_url()}genogram/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Genogram")
    drawing = page.get_by_role("img", name="Genogram of Robin Fictional")
    expect(drawing).to_be_visible()
    expect(drawing.locator("text", has_text="Jo Fictional")).to_have_count(1)
    mother = (
        page.get_by_role("table", name="Relationships in the genogram")
        .get_by_role("row")
        .filter(has_text="Jo Fictional")
    )
    expect(mother.get_by_role("cell").nth(1)).to_have_text("Parent of Robin Fictional")
    expect(page.get_by_role("table", name="People in the genogram")).to_contain_text("Robin Fictional")

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})

    assert results.response["passes"], "axe ran no rules"
    violations = results.response["violations"]
    assert not violations, f"axe found {len(violations)} problem(s) on {page.url}:\n{describe(violations)}"
