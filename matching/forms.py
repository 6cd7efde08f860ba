"""The forms of the matching pages: the child's needs (prefilled from the record, each drawn need showing where it
came from), the choice of a carer with the reasons, the placement the match led to, and the outcome notes."""

from __future__ import annotations

from typing import Any, cast

from django import forms

from lantern.forms import GovukErrorsMixin
from matching.drawn import Drawn
from matching.needs import (
    RISK_LEVELS,
    TOO_MANY_SIBLINGS,
    Area,
    Needs,
    SchoolToKeep,
    SiblingToPlace,
    WishFlag,
    needs_to_json,
)

SEX_CHOICES = [("female", "Female"), ("male", "Male"), ("unknown", "Not known or other")]
RISK_CHOICES = [(level, level.capitalize()) for level in RISK_LEVELS]
WISH_FIELDS = {f"wish_{flag}": flag for flag in WishFlag.LABELS}


def areas_text(areas: list[dict[str, str]]) -> str:
    return "\n".join(f"{a['name']}: {a['why']}" if a.get("why") else a["name"] for a in areas)


def parse_areas(text: str) -> tuple[Area, ...]:
    """One area a line, "Name: why" or just the name."""
    found = []
    for line in text.splitlines():
        name, _, why = line.partition(":")
        if name.strip():
            found.append(Area(name.strip(), why.strip()))
    return tuple(found)


SIBLING_SEXES = {"girl": "female", "female": "female", "boy": "male", "male": "male"}


def siblings_text(group: list[dict[str, Any]]) -> str:
    return "\n".join(SiblingToPlace(g.get("age"), g.get("sex", "unknown")).words for g in group)


def parse_siblings(text: str) -> tuple[SiblingToPlace, ...]:
    """One brother or sister a line: the age in years (or "age not known"), a comma, then girl or boy (or "sex not
    known"). Raises ValueError naming the line that cannot be read."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        age_text, _, sex_text = (part.strip().casefold() for part in line.partition(","))
        sex = SIBLING_SEXES.get(sex_text, "unknown" if sex_text in ("", "sex not known") else "")
        if age_text == "age not known":
            age = None
        elif age_text.isdigit() and int(age_text) <= 25:
            age = int(age_text)
        else:
            raise ValueError(f'Line {number}: give the age in years (or "age not known"), e.g. "12, girl"')
        if not sex:
            raise ValueError(f'Line {number}: after the age, give girl or boy (or "sex not known")')
        found.append(SiblingToPlace(age, sex))
    return tuple(found)


class NeedsForm(GovukErrorsMixin, forms.Form):
    required_messages = {"age": "Enter the child's age in years"}

    age = forms.IntegerField(label="Age in years", min_value=0, max_value=25)
    sex = forms.ChoiceField(choices=SEX_CHOICES)
    siblings = forms.IntegerField(
        label="Brothers and sisters to place with the child", min_value=0, max_value=8, initial=0
    )
    sibling_group = forms.CharField(
        label="Their ages and sex",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text='One brother or sister a line: the age, then girl or boy, e.g. "12, girl"',
    )
    exploitation_risk = forms.ChoiceField(label="Exploitation risk", choices=RISK_CHOICES)
    missing_pattern = forms.BooleanField(label="A pattern of going missing", required=False)
    missing_episodes_90_days = forms.IntegerField(
        label="Missing episodes in the last 90 days", min_value=0, initial=0
    )
    disability = forms.BooleanField(label="Disability", required=False)
    trauma = forms.BooleanField(label="Needs trauma-informed care", required=False)
    parent_and_child = forms.BooleanField(label="A parent and child placement", required=False)
    school_name = forms.CharField(label="School to keep", max_length=200, required=False)
    school_easting = forms.IntegerField(label="School's easting (metres)", min_value=0, required=False)
    school_northing = forms.IntegerField(label="School's northing (metres)", min_value=0, required=False)
    key_stage_4 = forms.BooleanField(label="In Key Stage 4 (years 10 and 11)", required=False)
    avoid_areas = forms.CharField(
        label="Areas to stay away from",
        widget=forms.Textarea,
        required=False,
        help_text='One a line: the town or district, then why, e.g. "Northtown: went missing there"',
    )
    near_areas = forms.CharField(
        label="Areas to be near",
        widget=forms.Textarea,
        required=False,
        help_text='One a line: the town or district, then why, e.g. "Southby: grandmother lives there"',
    )
    wishes = forms.CharField(
        label="The child's wishes, in their words", widget=forms.Textarea, required=False
    )
    wish_family_setting = forms.BooleanField(label=WishFlag.LABELS[WishFlag.FAMILY_SETTING], required=False)
    wish_stay_in_area = forms.BooleanField(label=WishFlag.LABELS[WishFlag.STAY_IN_AREA], required=False)
    wish_same_school = forms.BooleanField(label=WishFlag.LABELS[WishFlag.SAME_SCHOOL], required=False)
    worker_added = forms.CharField(
        label="What you add about the child's needs", widget=forms.Textarea, required=False
    )

    def __init__(self, *args: Any, drawn: Drawn | None = None, **kwargs: Any) -> None:
        if drawn is not None and "initial" not in kwargs:
            kwargs["initial"] = initial_from(drawn)
        super().__init__(*args, **kwargs)
        if drawn is not None:
            for name, source in drawn.sources.items():
                field = "school_name" if name == "school" else name
                if field in self.fields:
                    kept = f"{self.fields[field].help_text}. " if field == "sibling_group" else ""
                    self.fields[field].help_text = f"{kept}From the record: {source}"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (data.get("school_easting") is None) != (data.get("school_northing") is None):
            self.add_error("school_northing", "Give both the easting and the northing, or neither")
        if (data.get("school_easting") is not None) and not data.get("school_name"):
            self.add_error("school_name", "Enter the school's name")
        try:
            data["sibling_group"] = parse_siblings(data.get("sibling_group") or "")
        except ValueError as error:
            self.add_error("sibling_group", str(error))
        else:
            siblings = data.get("siblings")
            if siblings is not None and len(data["sibling_group"]) > siblings:
                self.add_error("sibling_group", TOO_MANY_SIBLINGS)
        return data

    def needs(self) -> Needs:
        data = self.cleaned_data
        school = (
            SchoolToKeep(data["school_name"], data.get("school_easting"), data.get("school_northing"))
            if data.get("school_name")
            else None
        )
        return Needs(
            age=data["age"],
            sex=data["sex"],
            siblings=data["siblings"],
            sibling_group=data["sibling_group"],
            exploitation_risk=data["exploitation_risk"],
            missing_pattern=data["missing_pattern"],
            missing_episodes_90_days=data["missing_episodes_90_days"],
            disability=data["disability"],
            trauma=data["trauma"],
            parent_and_child=data["parent_and_child"],
            school=school,
            key_stage_4=data["key_stage_4"],
            avoid_areas=parse_areas(data["avoid_areas"]),
            near_areas=parse_areas(data["near_areas"]),
            wishes=data["wishes"],
            wish_flags=tuple(flag for name, flag in WISH_FIELDS.items() if data.get(name)),
            worker_added=data["worker_added"],
        )


def initial_from(drawn: Drawn) -> dict[str, Any]:
    data = needs_to_json(drawn.needs)
    school = data.pop("school") or {}
    initial = {
        k: v for k, v in data.items() if k not in ("avoid_areas", "near_areas", "wish_flags", "sibling_group")
    }
    initial.update(
        school_name=school.get("name", ""),
        school_easting=school.get("easting"),
        school_northing=school.get("northing"),
        avoid_areas=areas_text(data["avoid_areas"]),
        near_areas=areas_text(data["near_areas"]),
        sibling_group=siblings_text(data["sibling_group"]),
    )
    return initial


class DecideForm(GovukErrorsMixin, forms.Form):
    required_messages = {"carer": "Select the carer chosen", "reasons": "Say why this carer was chosen"}

    carer = forms.ChoiceField(label="Carer chosen")
    reasons = forms.CharField(label="Why this carer", widget=forms.Textarea)

    def __init__(self, *args: Any, rows: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["carer"]).choices = [("", "Select a carer")] + [
            (row["id"], f"{row['rank']}. {row['name']} ({row['reference']}), score {row['score']}")
            for row in rows
        ]


class LinkForm(GovukErrorsMixin, forms.Form):
    required_messages = {"placement": "Select the placement"}

    placement = forms.ChoiceField(label="This match led to the placement")

    def __init__(self, *args: Any, placements: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["placement"]).choices = [("", "Select a placement")] + [
            (str(p.pk), f"{p.carer}, from {p.start_date.day} {p.start_date:%b %Y}") for p in placements
        ]


class NotesForm(GovukErrorsMixin, forms.Form):
    required_messages = {"outcome_notes": "Say how the placement turned out"}

    outcome_notes = forms.CharField(label="How it turned out, and why", widget=forms.Textarea)
