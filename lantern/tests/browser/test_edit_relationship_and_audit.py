"""A worker changes a relationship; the child's team manager then sees that change in the record's audit."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as, sign_out

pytestmark = pytest.mark.browser


def test_relationship_change_is_saved_and_shown_to_the_manager(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    page.get_by_role("link", name="Change relationship with Jo Fictional").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Change a relationship")
    responsibility = page.get_by_label("Has parental responsibility")
    had_responsibility = responsibility.is_checked()
    responsibility.set_checked(not had_responsibility)
    page.get_by_label("Description").fill("Mother; contact is supervised")
    page.get_by_role("button", name="Save relationship").click()

    expect(page).to_have_url(site.child_url())
    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_contain_text("Relationship saved")
    mother = (
        page.get_by_role("table", name="People around Robin Fictional")
        .get_by_role("row")
        .filter(has_text="Jo Fictional")
    )
    expect(mother.get_by_role("cell").nth(2)).to_have_text("No" if had_responsibility else "Yes")
    expect(mother.get_by_role("cell").nth(3)).to_have_text("Mother; contact is supervised")

    sign_out(page)
    sign_in_as(page, "mia")
    page.goto(site.child_url())
    page.get_by_role("link", name="Who has seen this record").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Who has seen this record")
    events = page.get_by_role("table", name="Access to this record").get_by_role("row")
    by_wendy = events.filter(has_text="Wendy Worker")
    expect(by_wendy.filter(has_text="Viewed child").first).to_be_visible()
    update = by_wendy.filter(has_text="relationship").filter(has_text="Mother; contact is supervised")
    expect(update).to_have_count(1)
    expect(update).to_contain_text("parental_responsibility")
    expect(update).to_contain_text("description")
