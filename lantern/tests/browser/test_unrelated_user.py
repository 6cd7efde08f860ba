"""A worker with no part in a child's care can neither open the record nor find the child."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as

pytestmark = pytest.mark.browser


def test_unrelated_worker_gets_page_not_found(page: Page, site: Site) -> None:
    sign_in_as(page, "uma")
    expect(page.get_by_role("link", name="Robin Fictional")).to_have_count(0)

    response = page.goto(site.child_url())

    assert response is not None
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.get_by_text("Robin")).to_have_count(0)


def test_unrelated_worker_cannot_find_the_child(page: Page, site: Site) -> None:
    sign_in_as(page, "uma")
    page.goto("/search/")
    page.get_by_label("Name, local ID, UPN or NHS number").fill("Fictional")
    page.get_by_role("button", name="Search").click()

    expect(page.get_by_role("heading", level=2, name="0 results")).to_be_visible()
    expect(page.get_by_role("link", name="Robin Fictional")).to_have_count(0)
