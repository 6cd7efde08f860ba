"""Each main page passes axe's WCAG 2.2 AA rules, in Chromium, with the page as a user reaches it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in, sign_in_as

pytestmark = pytest.mark.browser

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def sign_in_page(page: Page, site: Site) -> None:
    page.goto("/sign-in/")


def sign_in_page_with_errors(page: Page, site: Site) -> None:
    # Not one of the personas, so no persona's failed-sign-in count grows towards the lockout.
    sign_in(page, "nobody", password="wrong-password-here")
    expect(page.locator(".govuk-error-summary")).to_be_visible()


def my_children(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")


def child_page(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())


def relationship_form_with_errors(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}relationships/{site.relationship_id}/edit/")
    page.get_by_label("Start date").fill("31/2/2020")
    page.get_by_label("End date").fill("1/1/2019")
    page.get_by_role("button", name="Save relationship").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()


def add_person_form(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}people/new/")


def who_has_seen(page: Page, site: Site) -> None:
    sign_in_as(page, "mia")
    page.goto(f"{site.child_url()}audit/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Who has seen this record")


def alerts_inbox(page: Page, site: Site) -> None:
    sign_in_as(page, "mia")
    page.goto("/alerts/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Alerts")


def network_page(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}network/")
    expect(page.get_by_role("heading", level=1)).to_have_text("The professional network")


def network_meeting_form_with_errors(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}network/meetings/new/")
    page.get_by_role("button", name="Save").first.click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()


def concern_form_for_a_partner(page: Page, site: Site) -> None:
    sign_in_as(page, "pat")
    page.goto(f"{site.child_url()}network/concerns/new/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Raise a concern")


def information_shared(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}information-shared/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Information shared")


def escalations_dashboard(page: Page, site: Site) -> None:
    sign_in_as(page, "mia")
    page.goto("/escalations/")


def page_not_found(page: Page, site: Site) -> None:
    sign_in_as(page, "uma")
    page.goto(site.child_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")


def education_record(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}education/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Education")


def school_move_form_with_errors(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}education/moves/new/")
    page.get_by_label("Left the old school on").fill("31/2/2026")
    page.get_by_role("button", name="Save the school move").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()


PAGES: dict[str, Callable[[Page, Site], None]] = {
    "sign-in": sign_in_page,
    "sign-in-errors": sign_in_page_with_errors,
    "my-children": my_children,
    "child": child_page,
    "relationship-form-errors": relationship_form_with_errors,
    "add-person": add_person_form,
    "who-has-seen": who_has_seen,
    "alerts": alerts_inbox,
    "network": network_page,
    "network-meeting-errors": network_meeting_form_with_errors,
    "concern-form": concern_form_for_a_partner,
    "information-shared": information_shared,
    "escalations": escalations_dashboard,
    "education-record": education_record,
    "school-move-errors": school_move_form_with_errors,
    "page-not-found": page_not_found,
}


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']}  {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            lines.append(f"    at {target}")
            lines.append(f"       {node.get('failureSummary', '').replace(chr(10), ' ')}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_wcag_aa_violations(page: Page, site: Site, name: str) -> None:
    PAGES[name](page, site)
    page.wait_for_load_state("load")

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})

    assert results.response["passes"], "axe ran no rules"
    violations = results.response["violations"]
    assert not violations, f"axe found {len(violations)} problem(s) on {page.url}:\n{describe(violations)}"
