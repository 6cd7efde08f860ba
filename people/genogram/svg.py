"""The genogram as SVG text, written by the autoescaping template people/genogram.svg (a name may hold markup).

The same function serves the page (through the template include), the thumbnail and any export that embeds the
drawing, so that a PDF shows exactly what the page shows.
"""

from __future__ import annotations

from django.template.loader import render_to_string

from people.genogram.drawing import PAGE_WIDTH, Drawing


def genogram_svg(drawing: Drawing, *, svg_id: str = "genogram", max_width: float = PAGE_WIDTH) -> str:
    """An <svg> element no wider than max_width (scaled down, never up); `svg_id` prefixes the ids of its title
    and description, which must be unique on the page. The text is marked safe (the template escaped it)."""
    return render_to_string(
        "people/genogram.svg",
        {"drawing": drawing, "svg_id": svg_id, "svg_height": drawing.height_at(max_width)},
    )
