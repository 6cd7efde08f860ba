"""The forms for missing episodes and return interviews."""

from __future__ import annotations

from typing import Any

from django import forms

from lantern.forms import DateField, DateTimeField, GovukErrorsMixin, VersionedFormMixin
from lantern.record_pages import ChildRecordForm
from missing.models import (
    EPISODE_FIELDS,
    INTERVIEW_FIELDS,
    InterviewResponse,
    MissingEpisode,
    ReturnInterview,
)


class EpisodeForm(ChildRecordForm):
    started_at = DateTimeField(label="When the child went missing")
    ended_at = DateTimeField(
        label="When the child came back",
        required=False,
        help_text="Leave empty while the child is still missing. Date and time, for example 28/3/2026 02:15",
    )
    safe_and_well_on = DateField(label="Date of the police safe and well check", required=False)
    blank_labels = {"police_risk": "Not graded yet"}
    required_messages = {
        "kind": "Select whether the child is missing or away without authorisation",
        "started_at": "Enter when the child went missing",
        "reported_by": "Enter who reported it",
    }

    class Meta:
        model = MissingEpisode
        fields = list(EPISODE_FIELDS)
        help_texts = {
            "kind": "Missing: nobody knows where the child is. Away: you know where, but the child should not be there",
            "reported_by": "Name and role, for example the foster carer",
            "found_where": "An address or a place, as exactly as you know it",
            "found_with": "Names, nicknames or descriptions of anyone the child was with",
        }


class ReturnInterviewForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    offered_at = DateTimeField(label="When the interview was offered", required=False)
    done_on = DateField(label="Date of the interview", required=False)

    class Meta:
        model = ReturnInterview
        fields = list(INTERVIEW_FIELDS)
        help_texts = {
            "places": "One place or address per line",
            "people": "One name, nickname or description per line",
            "no_interview_reason": "If no interview was offered or done: why not",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance._state.adding:
            self.fields["version"].initial = None
        response = self.fields["response"]
        if isinstance(response, forms.ChoiceField):
            response.choices = [("", "No answer yet"), *InterviewResponse.choices]
