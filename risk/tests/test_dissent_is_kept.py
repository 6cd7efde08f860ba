"""Dissent recorded at a strategy discussion is kept as it was said (Child R, learning point 11: police and social
care reached an impasse): it cannot be blanked, reworded or removed with its participant afterwards, so a discussion
with dissent can never lose it and be deleted."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from risk import services
from risk.models import StrategyDiscussion
from risk.services import ParticipantInput


@pytest.mark.django_db
def test_dissent_cannot_be_blanked_reworded_or_removed(personas: Any) -> None:
    discussion = StrategyDiscussion(
        child=personas.child,
        held_on=datetime.date(2026, 10, 5),
        reason="Repeated missing episodes",
        decisions="No further police action",
        recorded_by=personas.wendy,
    )
    services.strategy_discussion_save(
        actor=personas.wendy,
        discussion=discussion,
        participants=[
            ParticipantInput(
                name="Wendy Worker", agency="Children's social care", dissent="The risk is higher"
            ),
            ParticipantInput(name="Pat Police", agency="Police"),
        ],
    )
    rows = {p.name: p for p in discussion.participants.all()}
    wendy_row, pat_row = rows["Wendy Worker"], rows["Pat Police"]
    for changed in ("", "I agree after all"):
        with pytest.raises(ValidationError, match="is kept as it was recorded"):
            services.strategy_discussion_save(
                actor=personas.wendy,
                discussion=discussion,
                participants=[
                    ParticipantInput(
                        "Wendy Worker", "Children's social care", dissent=changed, participant_id=wendy_row.pk
                    ),
                    ParticipantInput("Pat Police", "Police", participant_id=pat_row.pk),
                ],
                expected_version=discussion.version,
            )
    with pytest.raises(ValidationError, match="is kept as it was recorded"):
        services.strategy_discussion_save(
            actor=personas.wendy,
            discussion=discussion,
            participants=[
                ParticipantInput(
                    "Wendy Worker", "Children's social care", participant_id=wendy_row.pk, remove=True
                ),
                ParticipantInput("Pat Police", "Police", participant_id=pat_row.pk),
            ],
            expected_version=discussion.version,
        )
    discussion.refresh_from_db()
    assert discussion.dissent_recorded
    assert discussion.participants.get(name="Wendy Worker").dissent == "The risk is higher"
