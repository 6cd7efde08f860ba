"""Forms refuse bad input with the GOV.UK error summary, and each error links to its field."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as

pytestmark = pytest.mark.browser


def test_empty_add_person_form_lists_errors_linked_to_fields(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}people/new/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a person")

    page.get_by_role("button", name="Save").click()

    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    links = summary.get_by_role("link")
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    # The required fields, in form order, each linking to its input.
    assert targets == ["#id_forename", "#id_surname"], targets
    for target, label in zip(targets, ["First name", "Last name"], strict=True):
        assert target is not None
        expect(page.get_by_label(label)).to_have_attribute("id", target.removeprefix("#"))
        expect(page.get_by_label(label)).to_have_attribute(
            "aria-describedby", re.compile(rf"{target[1:]}-error")
        )
        expect(page.locator(f"{target}-error")).to_be_visible()

    links.first.click()
    expect(page.get_by_label("First name")).to_be_focused()


def test_relationship_ending_before_it_starts_is_refused(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}relationships/{site.relationship_id}/edit/")

    page.get_by_label("Start date").fill("1/6/2020")
    page.get_by_label("End date").fill("1/1/2020")
    page.get_by_role("button", name="Save relationship").click()

    message = "End date must be on or after the start date"
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("link", name=message)).to_have_attribute("href", "#id_end_date")
    expect(page.locator("#id_end_date-error")).to_contain_text(message)
    expect(page.get_by_label("End date")).to_have_value("1/1/2020")
    page.goto(site.child_url())
    mother = (
        page.get_by_role("table", name="People around Robin Fictional")
        .get_by_role("row")
        .filter(has_text="Jo Fictional")
    )
    expect(mother.get_by_role("cell").nth(1)).not_to_contain_text("ended")
