"""A worker reads a child's story in Chromium: the chronology from the child's page, an entry by hand (refused
first, then saved), an agency file with a broken row; each page passes axe's WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import FilePayload, Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as
from lantern.tests.browser.test_accessibility import WCAG_AA, describe

pytestmark = pytest.mark.browser


def assert_accessible(page: Page) -> None:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
    violations = results.response["violations"]
    assert not violations, f"axe found {len(violations)} problem(s) on {page.url}:\n{describe(violations)}"


def test_a_worker_reads_and_adds_to_the_chronology(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    page.get_by_role("link", name="Chronology", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chronology")
    table = page.get_by_role("table", name="Chronology of Robin Fictional")
    expect(table).to_contain_text("Birth of a half-sibling")
    expect(table).to_contain_text("Wendy Worker allocated as allocated social worker")
    expect(table).to_contain_text("Nothing recorded for")
    assert_accessible(page)

    page.get_by_role("link", name="Add an entry").click()
    page.get_by_label("Date", exact=True).fill("1/6/2025")
    page.get_by_label("End of the period (optional)").fill("1/5/2025")
    page.get_by_label("Source agency").fill("Example Council")
    page.get_by_label("Category").select_option("family")
    page.get_by_label("What happened (the facts)").fill("Respite weekend with an aunt")
    page.get_by_role("button", name="Save entry").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "The end of the period must be on or after its start"
    )
    assert_accessible(page)
    page.get_by_label("End of the period (optional)").fill("3/6/2025")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("table", name="Chronology of Robin Fictional")).to_contain_text(
        "Respite weekend with an aunt"
    )


def test_a_broken_agency_file_is_refused_with_its_line(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}chronology/import/")
    upload: FilePayload = {
        "name": "health.csv",
        "mimeType": "text/csv",
        "buffer": b"date,agency,event\n12/01/2024,Example Health Trust,Review health assessment\n"
        b"32/01/2024,Example Health Trust,Dental check\n",
    }
    page.get_by_label("CSV file").set_input_files(files=[upload])
    page.get_by_role("button", name="Import").click()
    expect(page.locator("#problems")).to_contain_text('Line 3: "32/01/2024" is not a date')
    expect(page.locator(".govuk-error-summary")).to_contain_text("nothing was imported")
    assert_accessible(page)


def test_case_notes_page_is_accessible(page: Page, site: Site) -> None:
    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}notes/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Case notes")
    expect(page.locator("main")).to_contain_text("Home visit")
    assert_accessible(page)
