"""A transfer summary tells the incoming worker where the child lives, which plans exist and what is overdue,
from the record on the day of the change."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from casework.transfer_content import compose


def _section(content: dict[str, Any], title: str) -> list[str]:
    return next(s["lines"] for s in content["sections"] if s["title"] == title)


@pytest.mark.django_db
def test_the_summary_names_the_placement_plans_and_overdue_duties(personas: Any) -> None:
    content = compose(child=personas.child, on=timezone.localdate())
    placement = _section(content, "Placement")
    assert placement[0].startswith("Now with Sam and Alex Carer")
    assert "1 placement in all" in placement[1]
    plans = _section(content, "Care plan")
    assert any("Placement plan" in line and "signed by the carer" in line for line in plans)
    duties = _section(content, "Duties due")
    assert any(line.startswith("Overdue since") and "isit" in line for line in duties)
