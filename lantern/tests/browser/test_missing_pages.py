"""The missing pages in Chromium: the foster carer opens the child's missing episodes from the child's page and
reports an episode, which is refused with the reasons in the error summary (a return before the child went missing;
the browser persona child has no period of care, so nothing is saved); the return interview service lands on its
own overview, not on "My children"; each page passes axe's WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in, sign_in_as
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser


def test_the_carer_reports_an_episode_and_sees_the_errors(page: Page, site: Site) -> None:
    sign_in_as(page, "carl")
    page.goto(site.child_url())
    page.get_by_role("link", name="Missing episodes", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Missing episodes")
    expect(page.locator("main")).to_contain_text("No missing episode recorded.")
    assert_accessible(page)

    page.get_by_role("link", name="Report a missing episode").click()
    expect(page.get_by_label("Who reported it")).to_have_value("Carl Carer (Foster carer or key worker)")
    page.get_by_label("When the child went missing").fill("20/11/2026 22:30")
    page.get_by_label("When the child came back").fill("20/11/2026 21:00")
    page.get_by_label("Missing or away").select_option("M")
    page.get_by_role("button", name="Save missing episode").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("The return must be after the child went missing")
    assert_accessible(page)


def test_the_return_interview_service_lands_on_its_overview(page: Page, site: Site) -> None:
    sign_in(page, "rita")
    expect(page.get_by_role("heading", level=1)).to_have_text("Children who go missing")
    expect(page.get_by_role("link", name="My children")).to_have_count(0)
    assert_accessible(page)
