"""The care record and a visit in Chromium: the care record reached from the child's page, a period of care refused
for a date before the child's birth (nothing saved: the other browser tests read the child's legal status), and a
visit refused for a date in the future, then saved with the worker signed in as the visitor; each page passes
axe's WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser


def test_the_care_record_refuses_a_date_before_birth(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    page.get_by_role("link", name="Care record", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Care record")
    expect(page.get_by_role("heading", name="Placements")).to_be_visible()
    expect(page.locator("main")).to_contain_text("No placement recorded.")
    assert_accessible(page)

    page.get_by_role("link", name="Add a period of care").click()
    page.get_by_label("Became looked after on").fill("1/1/2010")
    page.get_by_role("button", name="Save period of care").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("The date cannot be before the child's date of birth (01/09/2014)")
    expect(page.get_by_label("Became looked after on")).to_have_value("1/1/2010")
    assert_accessible(page)
    summary.get_by_role("link").click()
    expect(page.get_by_label("Became looked after on")).to_be_focused()

    page.get_by_role("link", name="Back to the care record").click()
    expect(page.locator("main")).to_contain_text("No period of care recorded.")


def test_a_worker_records_a_visit(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    page.get_by_role("link", name="Visits", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Visits")
    page.get_by_role("link", name="Add a visit").click()
    visitor = page.get_by_label("Visited by")
    expect(visitor.locator("option:checked")).to_have_text(
        "Wendy Worker (Social worker, Children in Care North)"
    )
    page.get_by_label("Date of the visit").fill("1/1/2099")
    page.get_by_label("The child was seen alone").check()
    page.get_by_label("Notes (optional)").fill("Robin showed me <b>the new bike</b>.")
    page.get_by_role("button", name="Save visit").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("The date cannot be in the future")
    assert_accessible(page)

    page.get_by_label("Date of the visit").fill("20/11/2026")
    page.get_by_role("button", name="Save visit").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Visit saved")
    card = page.locator(".govuk-summary-card").filter(has_text="Visit on 20 Nov 2026")
    expect(card).to_contain_text("Yes, alone")
    expect(card).to_contain_text("Robin showed me <b>the new bike</b>.")
    assert_accessible(page)
