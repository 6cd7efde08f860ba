"""The child's story pages in Chromium: history at a glance on the child's page (each written section's opening
words), a history section reviewed, the child's words recorded, a transfer summary and the manager's team page
with its continuity per team; each passes axe's WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as, summary_value
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser


def test_a_worker_writes_the_history_and_the_childs_words(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    expect(page.get_by_role("heading", name="At a glance")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Read the history").click()
    page.get_by_role("link", name="Write identity").click()
    page.get_by_label("Identity").fill(
        "Supports the local football team; proud of a grandmother from Cardiff."
    )
    page.get_by_role("button", name="Save and mark as reviewed").click()
    expect(page.locator("#section-identity")).to_contain_text("Reviewed")
    assert_accessible(page)

    page.goto(f"{site.child_url()}wishes/new/")
    page.get_by_label("What the child said, in their words").fill("I want to stay where I am.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("“I want to stay where I am.”")
    assert_accessible(page)
    page.goto(site.child_url())
    expect(page.locator("main")).to_contain_text("I want to stay where I am.")
    history = summary_value(page, "History")
    expect(history).to_contain_text("Identity")
    expect(history).to_contain_text("Supports the local football team; proud of a grandmother from Cardiff.")
    expect(history.get_by_role("link", name="Read the rest of Identity")).to_have_attribute(
        "href", f"/children/{site.child_id}/history/#section-identity"
    )
    assert_accessible(page)


def test_transfer_summary_and_team_pages(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}transfers/")
    assert_accessible(page)
    page.get_by_role("link", name="6 Jan 2025").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Transfer summary")
    assert_accessible(page)
    page.get_by_role("button", name="Sign out").click()
    sign_in_as(page, "mia")
    page.goto("/team/")
    expect(page.get_by_role("heading", name="Transfer summaries overdue")).to_be_visible()
    expect(page.get_by_role("heading", name="Continuity of social workers")).to_be_visible()
    expect(page.locator("main")).to_contain_text(
        "Children with 3 or more social workers in the last 12 months:"
    )
    assert_accessible(page)
