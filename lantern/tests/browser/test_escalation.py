"""Escalation between agencies in Chromium: the police partner raises one from the child's page, which then shows
it; the social worker opens it from the child's page, moves it to stage 2 and resolves it; every step and the
resolution are on the detail page. The raise form and the detail page pass axe's WCAG 2.2 AA rules."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from lantern.tests.browser.helpers import Site, sign_in_as, sign_out
from lantern.tests.browser.test_chronology import assert_accessible

pytestmark = pytest.mark.browser

CONCERN = "No strategy discussion was held after Robin's third missing episode"


def test_raise_move_on_and_resolve_an_escalation(page: Page, site: Site) -> None:
    sign_in_as(page, "pat")
    page.goto(site.child_url())
    page.locator("#open-escalations").get_by_role("link", name="Raise an escalation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Raise an escalation")
    page.get_by_role("button", name="Raise the escalation").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say what the concern is")
    assert_accessible(page)

    page.get_by_label("About the agency").fill("Children’s social care")
    page.get_by_label("The person at that agency, if they use Lantern (optional)").select_option(
        label="Wendy Worker, Lantern Borough Council"
    )
    page.get_by_label("What the concern is").fill(CONCERN)
    page.get_by_label("Why it matters for the child").fill(
        "Robin was found with adults not known to the family"
    )
    page.get_by_label("What you want to happen").fill("A strategy discussion this week")
    page.get_by_role("button", name="Raise the escalation").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Escalation to Children’s social care")
    expect(page.locator("main")).to_contain_text("Stage 1: practitioner to practitioner: due by")

    page.goto(site.child_url())
    open_now = page.locator("#open-escalations")
    expect(open_now).to_contain_text("1 open escalation")
    expect(open_now).to_contain_text("to Children’s social care, stage 1,")
    sign_out(page)

    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    page.locator("#open-escalations").get_by_role("link", name="to Children’s social care, stage 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Escalation to Children’s social care")
    assert_accessible(page)
    page.get_by_label("Why it moves to the next stage").fill("The managers need to agree who holds it")
    page.get_by_role("button", name="Move to the next stage").click()
    expect(page.locator("main")).to_contain_text("Escalation moved to the next stage")
    expect(page.locator("main")).to_contain_text("Stage 2: managers: due by")
    page.get_by_label("How it was resolved").fill("A strategy discussion is booked for Friday")
    page.get_by_role("button", name="Resolve the escalation").click()

    main = page.locator("main")
    expect(main).to_contain_text("Escalation resolved")
    expect(main).to_contain_text("Resolved on")
    steps = page.locator("table").filter(has_text="What was said or done")
    expect(steps.locator("tbody tr")).to_have_count(3)
    expect(steps).to_contain_text(CONCERN)
    expect(steps).to_contain_text("Moved to the next stage (stage 2)")
    expect(steps).to_contain_text("The managers need to agree who holds it")
    expect(steps).to_contain_text("Resolved (stage 2)")
    expect(steps).to_contain_text("A strategy discussion is booked for Friday")
    expect(page.get_by_role("button", name="Record the response")).to_have_count(0)
    assert_accessible(page)

    page.goto(site.child_url())
    expect(page.locator("#open-escalations")).to_contain_text("none open")
