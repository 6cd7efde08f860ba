"""The forms of the risk pages: a screening (every indicator graded, with its evidence), the risk plan and its
actions, and a strategy discussion with who took part."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.db.models import Q

from lantern.forms import DateField, GovukErrorsMixin
from lantern.record_pages import ChildRecordForm
from risk import levels
from risk.indicators import GROUP_LABELS, Indicator
from risk.models import Grade, RiskPlan, RiskPlanAction, Screening, StrategyDiscussion
from risk.services import GradeInput, ParticipantInput


class ScreeningForm(ChildRecordForm):
    """The screening's dates, a grade and evidence for each indicator (fields grade_<code> and evidence_<code>,
    made from the indicators file), then any level raised on professional judgement and the analysis."""

    screened_on = DateField(label="Date of the screening")
    review_on = DateField(label="Review by", help_text="The date to screen again. For example, 27/3/2027")
    dated_fields = ("screened_on",)
    required_messages = {
        "screened_on": "Enter the date of the screening",
        "review_on": "Enter the review date",
    }
    blank_labels = {"judged_level": "No: use the level the indicators give"}

    class Meta:
        model = Screening
        fields = ["screened_on", "review_on", "judged_level", "judgement_reason", "analysis"]
        labels = {"judged_level": "Raise the level on professional judgement?"}
        help_texts = {
            "judged_level": "The indicators set the lowest the level can be; you can raise it, with a reason",
            "analysis": "What the grades mean together, what the child said and what the carer and others said",
        }

    def __init__(
        self, *args: Any, indicators: tuple[Indicator, ...], facts: dict[str, str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.indicators = indicators
        graded = {} if self.instance._state.adding else {g.indicator: g for g in self.instance.grades.all()}
        ordered: dict[str, forms.Field] = {
            name: self.fields.pop(name) for name in ("screened_on", "review_on")
        }
        for indicator in indicators:
            row = graded.get(indicator.code)
            hint = indicator.hint
            if fact := facts.get(indicator.code):
                hint = f"{hint}. {fact}" if hint else fact
            ordered[f"grade_{indicator.code}"] = forms.ChoiceField(
                label=indicator.label,
                choices=Grade.choices,
                widget=forms.RadioSelect,
                help_text=hint,
                initial=row.grade if row else None,
                error_messages={"required": f"Select a grade for “{indicator.label}”"},
            )
            ordered[f"evidence_{indicator.code}"] = forms.CharField(
                label=f"Evidence for “{indicator.label}”",
                widget=forms.Textarea,
                required=False,
                initial=row.evidence if row else "",
                help_text="What was seen or said, by whom and when. Needed for any grade above none",
            )
        ordered.update(self.fields)
        self.fields = ordered

    def sections(self) -> list[tuple[str, list[tuple[Indicator, forms.BoundField, forms.BoundField]]]]:
        """The indicators by group, as the page shows them, each with its grade and evidence fields."""
        found: dict[str, list[tuple[Indicator, forms.BoundField, forms.BoundField]]] = {}
        for indicator in self.indicators:
            found.setdefault(GROUP_LABELS[indicator.group], []).append(
                (indicator, self[f"grade_{indicator.code}"], self[f"evidence_{indicator.code}"])
            )
        return list(found.items())

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for indicator in self.indicators:
            grade = cleaned.get(f"grade_{indicator.code}")
            if grade and grade != Grade.NONE and not cleaned.get(f"evidence_{indicator.code}", "").strip():
                self.add_error(
                    f"evidence_{indicator.code}",
                    f"Give the evidence for grading “{indicator.label}” as {grade}",
                )
        self._check_judgement(cleaned)
        return cleaned

    def _check_judgement(self, cleaned: dict[str, Any]) -> None:
        judged = cleaned.get("judged_level")
        if not judged:
            return
        grades = self.grade_inputs()
        if len(grades) != len(self.indicators) or not cleaned.get("screened_on"):
            return  # a grade or the date is missing, and says so itself
        born = self.child.person.date_of_birth
        outcome = levels.overall_level(
            (levels.Graded(g.indicator.label, g.indicator.group, g.grade) for g in grades),
            age=levels.age_on(born, cleaned["screened_on"]),
        )
        if levels.rank(judged) < levels.rank(outcome.indicated):
            self.add_error(
                "judged_level",
                f"Professional judgement can raise the level, not lower it: the indicators give {outcome.indicated}",
            )

    def grade_inputs(self) -> list[GradeInput]:
        cleaned = self.cleaned_data
        return [
            GradeInput(
                indicator=i,
                grade=cleaned[f"grade_{i.code}"],
                evidence=cleaned.get(f"evidence_{i.code}", "") or "",
            )
            for i in self.indicators
            if cleaned.get(f"grade_{i.code}")
        ]


class RiskPlanForm(ChildRecordForm):
    agreed_on = DateField(label="Date agreed or last reviewed")
    review_on = DateField(label="Review by", help_text="For example, 27/3/2027")
    dated_fields = ("agreed_on",)
    required_messages = {
        "agreed_on": "Enter the date the plan was agreed",
        "review_on": "Enter the review date",
        "concerns": "Say what the plan is to keep the child safe from",
    }

    class Meta:
        model = RiskPlan
        fields = ["agreed_on", "review_on", "concerns", "child_view"]
        help_texts = {
            "concerns": "The risks the screening found, and what the network is worried about",
            "child_view": "In the child’s own words where you can",
        }


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        agency = f", {obj.agency}" if obj.agency_id else ""
        return f"{obj.display_name} ({obj.get_role_display()}{agency})"


class RiskActionForm(ChildRecordForm):
    due_on = DateField(label="Due by", help_text="For example, 27/3/2027")
    done_on = DateField(label="Done on", required=False, help_text="Leave empty until it is done")
    dated_fields = ("done_on",)
    required_messages = {"action": "Say what will be done", "due_on": "Enter the date it is due by"}
    blank_labels = {"owner": "Someone without a Lantern account (name them below)"}

    class Meta:
        model = RiskPlanAction
        fields = ["action", "owner", "owner_name", "owner_agency", "due_on", "done_on", "notes"]
        field_classes = {"owner": OwnerChoiceField}
        help_texts = {
            "owner": "Workers allocated to the child, their managers and partners with access to the child",
            "owner_agency": "For example, foster carer, youth worker, school",
        }

    def __init__(self, *args: Any, network: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner = self.fields["owner"]
        if isinstance(owner, forms.ModelChoiceField):
            # An owner who has since left the network stays shown on their action.
            chosen = Q(pk=self.instance.owner_id) if self.instance.owner_id is not None else Q(pk__in=[])
            owner.queryset = network.model._default_manager.filter(
                Q(pk__in=network.values("pk")) | chosen
            ).order_by("first_name", "last_name", "username")


class DiscussionForm(ChildRecordForm):
    held_on = DateField(label="Date held")
    review_on = DateField(label="Review the decision by", required=False)
    dated_fields = ("held_on",)
    required_messages = {
        "held_on": "Enter the date it was held",
        "reason": "Say why it was held",
        "decisions": "Say what was decided",
    }

    class Meta:
        model = StrategyDiscussion
        fields = ["kind", "held_on", "reason", "decisions", "outcome", "review_on"]
        help_texts = {
            "reason": "The concern that led to it: the screening, a missing episode, something the child said",
            "decisions": "Each agency’s actions and who will do them",
        }


class ParticipantForm(GovukErrorsMixin, forms.Form):
    participant_id = forms.UUIDField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(label="Name", max_length=200)
    agency = forms.CharField(
        label="Agency", max_length=200, help_text="For example, police, children’s social care"
    )
    role = forms.CharField(label="Job or role", max_length=200, required=False)
    dissent = forms.CharField(
        label="If they disagreed with the decision, what they said",
        widget=forms.Textarea,
        required=False,
        help_text="In their own words, as they said it",
    )
    required_messages = {"name": "Enter the name of the person who took part", "agency": "Enter their agency"}


if TYPE_CHECKING:
    _FormSet = forms.BaseFormSet[ParticipantForm]
else:
    _FormSet = forms.BaseFormSet


class BaseParticipantFormSet(_FormSet):
    def add_fields(self, form: ParticipantForm, index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove this person from the list"

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        if not [p for p in self.participants() if not p.remove]:
            raise forms.ValidationError("Give who took part, and for which agency")

    def participants(self) -> list[ParticipantInput]:
        """The rows filled in (blank extra rows are left out), and the recorded people to remove."""
        found = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            remove = bool(data.get("DELETE"))
            if remove:
                if data.get("participant_id"):
                    found.append(ParticipantInput("", "", participant_id=data["participant_id"], remove=True))
                continue
            if not data.get("name"):
                continue
            found.append(
                ParticipantInput(
                    name=data["name"],
                    agency=data["agency"],
                    role=data.get("role", ""),
                    dissent=data.get("dissent", ""),
                    participant_id=data.get("participant_id"),
                )
            )
        return found


def participant_formset(
    data: Any, *, discussion: StrategyDiscussion | None, actor: Any
) -> BaseParticipantFormSet:
    """Who took part: the people already recorded, and blank rows for more. A new discussion starts with the
    signed-in user in the first row."""
    if discussion is not None:
        initial = [
            {"participant_id": p.pk, "name": p.name, "agency": p.agency, "role": p.role, "dissent": p.dissent}
            for p in discussion.participants.all()
        ]
    else:
        agency = str(actor.agency) if getattr(actor, "agency_id", None) else ""
        initial = [{"name": actor.display_name, "agency": agency, "role": actor.get_role_display()}]
    formset_class = forms.formset_factory(
        ParticipantForm, formset=BaseParticipantFormSet, extra=3, can_delete=True, can_delete_extra=False
    )
    return cast(BaseParticipantFormSet, formset_class(data, initial=initial, prefix="people"))
