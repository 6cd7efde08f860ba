"""The duties page in Chromium: reached from the child's page, with the calendar drawn and the page passing axe's
WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser


def test_the_duties_page_draws_the_calendar(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    expect(page.get_by_role("heading", name="Statutory duties")).to_be_visible()
    page.get_by_role("link", name="Duties", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Statutory duties")
    expect(page.get_by_role("img", name="Duties calendar")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Nothing is due or overdue.")
    assert_accessible(page)
    page.get_by_role("link", name="Every duty, done and to do").click()
    expect(page.locator("main")).to_contain_text("has no period of care recorded")
    assert_accessible(page)
