"""Steps the browser tests share."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

from accounts.tests.factories import TEST_PASSWORD


@dataclass(frozen=True)
class Site:
    url: str
    child_id: str
    mother_id: str
    relationship_id: str
    oc2_worker: str  # allocated to a child looked after, alone in their team (make_data_oc2.py)

    def child_url(self) -> str:
        return f"{self.url}/children/{self.child_id}/"


def sign_in(page: Page, username: str, password: str = TEST_PASSWORD) -> None:
    page.goto("/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in_as(page: Page, username: str) -> None:
    sign_in(page, username)
    expect(page.get_by_role("heading", level=1)).to_have_text("My children")


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Lantern")


def summary_value(page: Page, key: str) -> Locator:
    """The value cell of the summary-list row whose key is exactly `key`."""
    key_cell = page.locator("dt.govuk-summary-list__key").get_by_text(key, exact=True)
    return page.locator(".govuk-summary-list__row").filter(has=key_cell).locator(".govuk-summary-list__value")
