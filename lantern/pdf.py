"""PDF documents from Django templates, with WeasyPrint.

The HTML holds what people typed, so WeasyPrint is given a URL fetcher that fetches nothing: no file on the
server, no address on the network, can be pulled into a document. Everything a PDF needs (its styles, its SVG
drawings) is in the template itself.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher


class NothingFetcher(URLFetcher):
    """Refuses every URL; WeasyPrint leaves the resource out and goes on."""

    def fetch(self, url: str, headers: Any = None) -> Any:
        raise ValueError(f"PDF documents do not fetch anything: {url[:80]}")


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    html = render_to_string(template, context)
    document: bytes = HTML(string=html, url_fetcher=NothingFetcher(), base_url="about:blank").write_pdf()
    return document


def pdf_response(filename: str, document: bytes) -> HttpResponse:
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
