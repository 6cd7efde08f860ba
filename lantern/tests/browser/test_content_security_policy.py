"""The Content-Security-Policy lets the page's own scripts run: the nonced inline script and GOV.UK's JS."""

from __future__ import annotations

import pytest
from playwright.sync_api import ConsoleMessage, Page, Response, expect

from lantern.tests.browser.helpers import Site, sign_in_as

pytestmark = pytest.mark.browser


def test_policy_blocks_nothing_the_pages_need(page: Page, site: Site) -> None:
    problems: list[str] = []
    static: dict[str, int] = {}

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning") or "Content Security Policy" in message.text:
            problems.append(f"{message.type}: {message.text} ({page.url})")

    def on_response(response: Response) -> None:
        if "/static/" in response.url:
            static[response.url.removeprefix(site.url)] = response.status

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error} ({page.url})"))
    page.on("response", on_response)

    response = page.goto("/sign-in/")
    assert response is not None
    assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    # The nonced inline script ran, and GOV.UK Frontend's initAll() from /static/js/init.mjs started modules.
    expect(page.locator("body")).to_have_class("govuk-template__body js-enabled govuk-frontend-supported")
    expect(page.locator(".govuk-skip-link[data-govuk-skip-link-init]")).to_have_count(1)

    sign_in_as(page, "wendy")
    page.goto(site.child_url())
    expect(page.locator(".govuk-service-navigation[data-govuk-service-navigation-init]")).to_have_count(1)

    assert static.get("/static/js/init.mjs") == 200, static
    assert static.get("/static/govuk/govuk-frontend.min.js") == 200, static
    assert static.get("/static/css/lantern.css") == 200, static
    csp_errors = [p for p in problems if "Content Security Policy" in p]
    assert not csp_errors, "\n".join(csp_errors)
    assert not problems, "\n".join(problems)
