"""The permanence, substance misuse and youth justice pages in Chromium: the child's allocated social worker opens
each from the child's page and adds a record of each kind through its form (the previous permanence order refused
first, with the fields named in the GOV.UK error summary), then sees it listed; each list and each form, with and
without errors, passes axe's WCAG 2.2 AA rules. The child, looked after since April 2026, is make_data_oc2's."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser

CHILD = "Sky Invented"


@pytest.fixture(scope="module")
def worker(site: Site) -> str:
    """The social worker allocated to the child, who signs in."""
    return site.oc2_worker


def open_the_child(page: Page, worker: str) -> None:
    sign_in_as(page, worker)
    page.get_by_role("link", name=CHILD, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD)


def open_from_the_child(page: Page, link: str, heading: str) -> None:
    page.get_by_role("navigation", name="Sky’s record").get_by_role("link", name=link, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def test_previous_permanence_and_an_adoption_decision(page: Page, worker: str) -> None:
    open_the_child(page, worker)
    open_from_the_child(page, "Permanence and adoption", "Permanence and adoption")
    expect(page.get_by_role("heading", name="Looked after from 14 Apr 2026")).to_be_visible()
    expect(page.locator("main")).to_contain_text("No decision that Sky should be placed for adoption.")
    assert_accessible(page)

    page.get_by_role(
        "link", name="Record the previous permanence order for the period from 14 Apr 2026"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a previous permanence order")
    expect(page.get_by_label("Period of care", exact=True).locator("option:checked")).to_have_text(
        "Looked after from 14 Apr 2026"
    )
    assert_accessible(page)

    page.get_by_label("Permanence order before this period of care").select_option("P2")
    page.get_by_role("button", name="Save previous permanence order").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary.get_by_role("link", name="Enter the authority that arranged the order")).to_have_attribute(
        "href", "#id_authority"
    )
    expect(
        summary.get_by_role("link", name="Enter the date of the order, as much of it as is known")
    ).to_have_attribute("href", "#id_order_date")
    expect(page.locator("#id_authority-error")).to_contain_text("Enter the authority that arranged the order")
    assert_accessible(page)
    summary.get_by_role("link", name="Enter the authority that arranged the order").click()
    expect(page.get_by_label("Authority that arranged it")).to_be_focused()

    page.get_by_label("Authority that arranged it").fill("886")
    page.get_by_label("Date of the order").fill("1/6/2021")
    page.get_by_role("button", name="Save previous permanence order").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Previous permanence order saved")
    card = page.locator(".govuk-summary-card").filter(has_text="Special guardianship order")
    expect(card).to_contain_text("P2: Special guardianship order")
    expect(card).to_contain_text("886")
    expect(card).to_contain_text("1 Jun 2021")
    assert_accessible(page)

    page.get_by_role("link", name="Add a decision to place for adoption").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a decision to place for adoption")
    assert_accessible(page)
    page.get_by_label("Date of the decision that the child should be placed for adoption").fill("2/10/2026")
    page.get_by_role("button", name="Save decision to place for adoption").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Decision to place for adoption saved")
    decision = page.locator(".govuk-summary-card").filter(has_text="Decision of 2 Oct 2026")
    expect(decision).to_contain_text("Adoption is the plan")
    expect(decision).to_contain_text("Nora Allocated")
    assert_accessible(page)


def test_a_substance_misuse_record(page: Page, worker: str) -> None:
    open_the_child(page, worker)
    open_from_the_child(page, "Substance misuse", "Substance misuse")
    expect(page.locator("main")).to_contain_text("No substance misuse problem recorded.")
    assert_accessible(page)

    page.get_by_role("link", name="Add a substance misuse record").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a substance misuse record")
    assert_accessible(page)
    page.get_by_label("Date the problem was identified").fill("2/9/2026")
    page.get_by_label("Identified by").fill("Looked-after children's nurse")
    page.get_by_label("Date an intervention was offered").fill("9/9/2026")
    page.get_by_role("button", name="Save substance misuse record").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Substance misuse record saved")
    card = page.locator(".govuk-summary-card").filter(
        has_text="Substance misuse problem identified on 2 Sep 2026"
    )
    expect(card).to_contain_text("Offered on 9 Sep 2026, not received")
    expect(card).to_contain_text("Still identified")
    assert_accessible(page)

    card.get_by_role("link", name="Change").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change the substance misuse record")
    assert_accessible(page)
    page.get_by_label("Date the child started to receive an intervention").fill("16/9/2026")
    page.get_by_role("button", name="Save substance misuse record").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Substance misuse record saved")
    expect(card).to_contain_text("Received from 16 Sep 2026")


def test_a_youth_justice_outcome(page: Page, worker: str) -> None:
    open_the_child(page, worker)
    open_from_the_child(page, "Youth justice", "Youth justice outcomes")
    expect(page.locator("main")).to_contain_text("No youth justice outcome recorded.")
    assert_accessible(page)

    page.get_by_role("link", name="Add a youth justice outcome").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a youth justice outcome")
    assert_accessible(page)
    page.get_by_label("Date of the outcome").fill("15/10/2026")
    page.get_by_label("Outcome", exact=True).select_option("youth_caution")
    page.get_by_label("Offence").fill("Criminal damage to a bus shelter")
    page.get_by_label("Court or police force").fill("Example Constabulary")
    page.get_by_role("button", name="Save youth justice outcome").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Youth justice outcome saved")
    card = page.locator(".govuk-summary-card").filter(has_text="Youth caution on 15 Oct 2026")
    expect(card).to_contain_text("Criminal damage to a bus shelter")
    expect(card).to_contain_text("Example Constabulary")
    assert_accessible(page)
