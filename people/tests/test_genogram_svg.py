"""The genogram's SVG: well-formed, an accessible image (role img, labelled by its title and description), names
escaped, no inline style or script (the Content Security Policy has no 'unsafe-inline'), the same drawing for the
page, the thumbnail and a PDF."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import date

import pypdf
from django.template.loader import render_to_string
from weasyprint import HTML

from people.genogram.drawing import Drawing, draw
from people.genogram.layout import layout_family
from people.genogram.model import FamilyIn, ParentLink, PersonIn, Quality, Sex, Tie, UnionIn, UnionStatus
from people.genogram.svg import genogram_svg

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert('x')</script>"


def _drawing() -> Drawing:
    people = (
        PersonIn("mum", "Jo Invented", Sex.FEMALE, date(1990, 3, 4)),
        PersonIn("dad", HOSTILE, Sex.MALE, deceased=True),
        PersonIn("kid", "Robin Invented", Sex.OTHER, date(2014, 9, 1), subject=True, in_care=True),
    )
    layout = layout_family(
        FamilyIn(
            people,
            (UnionIn("mum", "dad", UnionStatus.DIVORCED),),
            (ParentLink("mum", "kid"), ParentLink("dad", "kid")),
            ties=(Tie("mum", "kid", Quality.CLOSE),),
            households=(frozenset({"mum", "kid"}),),
        )
    )
    return draw(layout, title="Genogram of Robin Invented", description="Three people in two generations.")


def _svg(svg_id: str = "genogram") -> str:
    return genogram_svg(_drawing(), svg_id=svg_id)


def test_the_svg_is_a_labelled_image() -> None:
    root = ET.fromstring(_svg())  # noqa: S314 - our own output, in a test
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "genogram-title genogram-desc"
    assert root.find(f"{SVG}title").get("id") == "genogram-title"  # type: ignore[union-attr]
    assert root.find(f"{SVG}title").text == "Genogram of Robin Invented"  # type: ignore[union-attr]
    assert root.find(f"{SVG}desc").get("id") == "genogram-desc"  # type: ignore[union-attr]
    assert root.get("viewBox", "").startswith("0 0 ")


def test_names_are_escaped_and_nothing_is_inline() -> None:
    text = _svg()
    assert "<script" not in text and "&lt;script&gt;alert(&#x27;x&#x27;)" in text
    root = ET.fromstring(text)  # noqa: S314 - our own output, in a test
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert any(label and label.startswith("<script>") for label in labels)  # shown as text
    for element in root.iter():
        assert "style" not in element.attrib and not any(a.startswith("on") for a in element.attrib)
        assert element.tag not in (f"{SVG}script", f"{SVG}foreignObject", f"{SVG}style")


def test_the_thumbnail_is_the_same_drawing_smaller_with_its_own_ids() -> None:
    drawing = _drawing()
    html = render_to_string(
        "people/includes/genogram_thumbnail.html",
        {"genogram": {"drawing": drawing, "child": {"pk": "0f8fad5b-d9cb-469f-a165-70867728950e"}}},
    )
    assert 'aria-labelledby="genogram-thumbnail-title genogram-thumbnail-desc"' in html
    assert f'height="{drawing.thumbnail_height}"' in html and drawing.thumbnail_height < drawing.height
    assert f'viewBox="0 0 {drawing.width} {drawing.height}"' in html
    assert 'href="/children/0f8fad5b-d9cb-469f-a165-70867728950e/genogram/"' in html


def test_a_pdf_shows_the_same_drawing() -> None:
    document = HTML(string=f"<html><body>{_svg()}</body></html>").write_pdf()
    assert document is not None and document.startswith(b"%PDF")
    text = pypdf.PdfReader(io.BytesIO(document)).pages[0].extract_text()
    assert "Jo Invented" in text and "Robin Invented" in text
