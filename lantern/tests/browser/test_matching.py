"""Placement matching in Chromium: a team manager adds a carer to the register; the social worker opens "Find a
placement" from the care record, reads the needs drawn from the record with their sources, ranks the register, reads
the explained ranking, is told to give reasons, then chooses the carer with reasons. The needs form, the ranking and
the decision pass axe's WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as, sign_out
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser


def test_search_then_choose_a_carer_with_reasons(page: Page, site: Site) -> None:
    sign_in_as(page, "mia")
    page.goto("/carers/new/")
    page.get_by_label("Register reference").fill("FC-BROWSER-1")
    page.get_by_label("Carer or home").fill("Example Browser Household")
    page.get_by_label("Kind").select_option(label="Foster carer (the authority's own)")
    page.get_by_label("Exploitation risk").check()
    page.get_by_label("Caring for adolescents").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Example Browser Household")
    sign_out(page)

    sign_in_as(page, "wendy")
    page.goto(f"{site.child_url()}care/")
    page.get_by_role("link", name="Find a placement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Placement matching")
    page.locator("main").get_by_role("link", name="Find a placement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Find a placement")
    expect(page.locator("main")).to_contain_text("From the record: Date of birth 1 Sep 2014")
    assert_accessible(page)
    page.get_by_label("Exploitation risk").select_option("medium")
    page.get_by_label("What you add about the child's needs").fill("Robin is settled at the football club")
    page.get_by_role("button", name="Rank the carers").click()

    main = page.locator("main")
    expect(main).to_contain_text("1. Example Browser Household (FC-BROWSER-1)")
    expect(main).to_contain_text("Trained in exploitation risk")
    expect(main).to_contain_text("Trained in caring for adolescents")
    assert_accessible(page)
    page.get_by_label("Carer chosen").select_option(index=1)
    page.get_by_role("button", name="Choose this carer").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say why this carer was chosen")
    assert_accessible(page)
    page.get_by_label("Carer chosen").select_option(index=1)
    page.get_by_label("Why this carer").fill("Trained in exploitation risk and close to Robin's school")
    page.get_by_role("button", name="Choose this carer").click()

    expect(main).to_contain_text("Example Browser Household chosen: now record the placement")
    expect(main).to_contain_text("Trained in exploitation risk and close to Robin's school")
    expect(page.get_by_role("link", name="Record the placement")).to_be_visible()
    assert_accessible(page)
