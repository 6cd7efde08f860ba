"""A social worker signs in, finds the child allocated to them and reads the child's record."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in, summary_value

pytestmark = pytest.mark.browser


def test_worker_signs_in_and_opens_their_child(page: Page, site: Site) -> None:
    sign_in(page, "wendy")

    expect(page).to_have_title(re.compile(r"^My children"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My children")
    page.get_by_role("link", name="Robin Fictional").click()

    expect(page).to_have_url(site.child_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Robin Fictional")
    expect(summary_value(page, "Local child ID")).to_have_text("900001")
    expect(summary_value(page, "Date of birth")).to_have_text("1 September 2014")
    expect(summary_value(page, "NHS number")).to_have_text("943 476 5919")
    expect(summary_value(page, "Legal status")).to_have_text("C2: Full care order")

    people = page.get_by_role("table", name="People around Robin Fictional")
    mother = people.get_by_role("row").filter(has_text="Jo Fictional")
    expect(mother.get_by_role("cell").nth(1)).to_have_text("Parent")

    workers = page.get_by_role("table", name="Workers allocated now")
    expect(workers.get_by_role("row").filter(has_text="Wendy Worker")).to_contain_text(
        "Children in Care North"
    )


def test_wrong_password_shows_the_error_summary(page: Page, site: Site) -> None:
    sign_in(page, "wendy", password="not-the-password")

    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary).to_contain_text("Enter a correct username and password")
    expect(page).to_have_title(re.compile(r"^Error: Sign in"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Lantern")
