"""The forms of the Philomena Protocol profile: Part 1 with its photo, and Part 2 when the profile is sent."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError

from lantern.child_records import check_dated
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin
from missing.models import MissingEpisode, MissingProfile
from missing.profile_photo import CleanPhoto, photo_clean

LONG_TEXT = 5000


def _text(label: str, hint: str, rows: int = 4) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=hint,
        required=False,
        max_length=LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class ProfileForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    """Part 1. The photo is a file field of its own (not the model's): photo_clean checks it and re-encodes it, and
    the service keeps it (missing.profile_services.profile_save)."""

    description = _text(
        "Description",
        "Height, build, hair, eyes, skin, scars, tattoos or piercings, glasses, how they usually dress",
    )
    photo = forms.FileField(
        label="Upload a new photo",
        required=False,
        help_text="A recent photo that shows the face clearly. JPG or PNG, smaller than 5 MB",
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png"}),
        error_messages={
            "empty": "The selected photo is empty",
            "invalid": "The selected file could not be uploaded: try again",
            "missing": "The selected file could not be uploaded: try again",
        },
    )
    photo_taken_on = DateField(label="When was the photo taken?", required=False)
    remove_photo = forms.BooleanField(
        label="Remove the current photo",
        required=False,
        help_text="Only if it is wrong or no longer looks like them. A new photo replaces the old one anyway",
    )
    associates = _text(
        "Friends and associates",
        "One person per line: their name or nickname, and how the child knows them",
    )
    places = _text(
        "Places the child may go",
        "One place per line: addresses, areas, friends' or family's homes, shops, stations, parks",
    )
    phones_and_social_media = _text(
        "Phones and social media",
        "One per line: the child's phone numbers, and each app with the account name (for example, "
        "Snapchat: robin_123)",
    )
    medical_needs = _text(
        "Medical needs and medication",
        "Conditions, allergies, medicines and what happens if they miss a dose",
    )
    vulnerabilities = _text(
        "Vulnerabilities and risks",
        "What makes them vulnerable when missing: exploitation, self-harm, drugs or alcohol, people to worry about",
    )

    class Meta:
        model = MissingProfile
        fields = [
            "description",
            "photo_taken_on",
            "associates",
            "places",
            "phones_and_social_media",
            "medical_needs",
            "vulnerabilities",
        ]

    def __init__(self, *args: Any, child: Any, **kwargs: Any) -> None:
        self.child = child
        super().__init__(*args, **kwargs)
        if self.instance._state.adding:
            self.fields["version"].initial = None  # opened before there was a profile
        if not self.instance.photo:
            del self.fields["remove_photo"]
        # The order the form asks in: who they are and what they look like first.
        order = ["description", "photo", "photo_taken_on", "remove_photo", *self.Meta.fields[2:], "version"]
        self.order_fields(order)

    def clean_photo(self) -> CleanPhoto | None:
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return photo_clean(upload)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        try:
            check_dated(child=self.child, field="photo_taken_on", day=cleaned.get("photo_taken_on"))
        except ValidationError as error:
            for message in error.message_dict.get("photo_taken_on", []):
                self.add_error("photo_taken_on", message.replace("The date", "The date of the photo"))
        return cleaned


class SendForm(GovukErrorsMixin, forms.Form):
    """Part 2, all optional: in a hurry the profile goes as it is."""

    episode = forms.ModelChoiceField(
        label="Which missing episode is this for?",
        queryset=MissingEpisode.objects.none(),
        required=False,
        empty_label="Not linked to an episode",
        help_text="Only episodes that are still open are listed",
    )
    last_seen_wearing = _text(
        "What were they wearing when last seen?",
        "Clothes, shoes, coat, bag, colours and brands",
        rows=3,
    )
    last_seen = _text(
        "Where and when were they last seen?",
        "The place, the time, who saw them and who they were with",
        rows=3,
    )

    def __init__(self, *args: Any, child: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        open_episodes = MissingEpisode.objects.filter(child=child, ended_at__isnull=True).order_by(
            "-started_at"
        )
        first_two = list(open_episodes[:2])
        if not first_two:  # nothing open to link to: the question is not asked
            del self.fields["episode"]
            return
        cast(forms.ModelChoiceField, self.fields["episode"]).queryset = open_episodes
        if len(first_two) == 1 and not self.is_bound:  # the only open episode is the one being reported
            self.initial.setdefault("episode", first_two[0].pk)
