"""The Philomena Protocol profile (../shared/reference/statutory-rules.md, M7): Part 1 kept up to date by the carer
and the worker, the photo made safe to keep, the profile as a PDF to print, and the profile with Part 2 (clothing,
where and when last seen) emailed to the police in one step when the child goes missing.

The photo is decoded by Pillow and re-encoded as a JPEG with no metadata (no GPS position, no camera), turned
upright first, and no larger than it needs to be. The PDF is drawn by WeasyPrint with a fetcher that fetches
nothing but the photo's own bytes (lantern/pdf.py's NothingFetcher refuses data: URIs too)."""

from __future__ import annotations

import base64
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcherResponse

from audit.actions import AuditAction
from audit.diff import changes, snapshot
from audit.recording import EditConflict, save_audited
from audit.services import audit_record
from lantern.child_records import check_dated
from lantern.pdf import NothingFetcher
from missing.models import MissingEpisode, MissingProfile, ProfileSent
from missing.profile_photo import CleanPhoto, photo_bytes
from missing.profile_sheet import ProfileSheet, profile_sheet
from people.models import Child

PROFILE_FIELDS = (
    "description",
    "photo_taken_on",
    "associates",
    "places",
    "phones_and_social_media",
    "medical_needs",
    "vulnerabilities",
)


@transaction.atomic
def profile_save(
    *,
    actor: Any,
    child: Child,
    data: Mapping[str, Any],
    photo: CleanPhoto | None = None,
    remove_photo: bool = False,
    expected_version: int | None,
) -> MissingProfile:
    """Create or change the child's profile with `data` (any of PROFILE_FIELDS), a new photo (made by photo_clean)
    or the photo removed, audited with its changes.

    `expected_version` is the version the user opened, or None when they opened the form before the child had a
    profile: if someone has changed (or made) the profile since, EditConflict is raised and nothing is kept."""
    Child.objects.select_for_update().only("pk").get(pk=child.pk)  # one writer of a child's profile at a time
    profile = MissingProfile.objects.filter(child=child).first()
    creating = profile is None
    if profile is None:
        profile = MissingProfile(child=child)
    before = snapshot(profile)
    for name in PROFILE_FIELDS:
        if name in data:
            value = data[name]
            if value is None and name != "photo_taken_on":
                value = ""
            setattr(profile, name, value)
    check_dated(child=child, field="photo_taken_on", day=profile.photo_taken_on)
    if photo is None and remove_photo and profile.photo:
        profile.photo = ""
        profile.photo_taken_on = None
    wanted = changes(before, snapshot(profile))
    if not creating and expected_version is None and (wanted or photo is not None):
        raise EditConflict(instance=profile, child_id=child.pk, attempted=wanted)
    if not creating and not wanted and photo is None:
        return profile  # nothing changed: no new version, no audit row
    new_photo = ""
    if photo is not None:
        profile.photo.save("photo.jpg", ContentFile(photo.jpeg), save=False)
        new_photo = profile.photo.name or ""
    profile.updated_at = timezone.now()
    profile.updated_by = actor
    try:
        return save_audited(
            actor=actor,
            instance=profile,
            child_id=child.pk,
            reason="missing person profile (Philomena Protocol)",
            expected_version=None if creating else expected_version,
        )
    except BaseException:
        if new_photo:  # the record was not saved: do not keep a photo nothing points to
            profile.photo.storage.delete(new_photo)
        raise


class _OnlyTheseFetcher(NothingFetcher):
    """Serves the exact URLs it was given (the photo's data: URI, built here from the stored bytes) and refuses
    every other, like NothingFetcher."""

    def __init__(self, resources: Mapping[str, tuple[bytes, str]]) -> None:
        super().__init__()
        self._resources = dict(resources)

    def fetch(self, url: str, headers: Any = None) -> Any:
        found = self._resources.get(url)
        if found is None:
            return super().fetch(url, headers)
        body, content_type = found
        return URLFetcherResponse(url, body, {"Content-Type": content_type})


@dataclass(frozen=True)
class PartTwo:
    """The Philomena Protocol's Part 2, given when the child is missing."""

    episode: MissingEpisode | None
    last_seen_wearing: str
    last_seen: str


def profile_pdf(
    *, sheet: ProfileSheet, produced_by: str, produced_at: datetime, part_two: PartTwo | None
) -> bytes:
    """The profile as an A4 PDF. Without Part 2 (a copy to print and keep), Part 2 is left blank to fill in by hand."""
    photo = photo_bytes(sheet.profile)
    photo_uri = f"data:image/jpeg;base64,{base64.b64encode(photo).decode('ascii')}" if photo else ""
    html = render_to_string(
        "missing/profile_pdf.html",
        {
            "sheet": sheet,
            "child": sheet.child,
            "profile": sheet.profile,
            "photo_uri": photo_uri,
            "part_two": part_two,
            "produced_by": produced_by,
            "produced_at": produced_at,
        },
    )
    fetcher = _OnlyTheseFetcher({photo_uri: (photo, "image/jpeg")} if photo else {})
    document: bytes = HTML(string=html, url_fetcher=fetcher, base_url="about:blank").write_pdf()
    return document


def pdf_filename(child: Child) -> str:
    return f"missing-person-profile-{child.local_id}.pdf"


class ProfileNotSent(Exception):
    """The email to the police could not be handed to the mail server: nothing was recorded as sent."""


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _email_body(*, sheet: ProfileSheet, sent: ProfileSent, sender: Any) -> str:
    child, person = sheet.child, sheet.child.person
    lines = [
        "Philomena Protocol: missing person profile",
        "",
        f"Child: {_one_line(person.full_name)}",
    ]
    if sheet.other_names:
        lines.append("Also known as: " + ", ".join(_one_line(n.name) for n in sheet.other_names))
    if person.date_of_birth:
        lines.append(f"Date of birth: {person.date_of_birth:%d/%m/%Y} (age {sheet.age})")
    lines.append(f"Local child ID: {child.local_id}")
    if sent.episode is not None:
        started = timezone.localtime(sent.episode.started_at)
        lines.append(f"Missing since: {started:%H:%M on %d/%m/%Y}")
    if sheet.placement is not None:
        where = ", ".join(p for p in (_one_line(sheet.placement.carer), sheet.placement.postcode) if p)
        lines.append(f"Placement: {where}")
    lines += [
        "",
        f"Clothing when last seen: {sent.last_seen_wearing or 'not given'}",
        f"Where and when last seen: {sent.last_seen or 'not given'}",
        "",
        "The full profile (Part 1 with the photo, and Part 2) is attached as a PDF.",
        "",
        f"Sent by {_one_line(sender.display_name)}"
        + (f" ({sender.email})" if getattr(sender, "email", "") else "")
        + f" through Lantern at {timezone.localtime(sent.sent_at):%H:%M on %d/%m/%Y}.",
        "OFFICIAL-SENSITIVE: personal data about a child.",
    ]
    return "\n".join(lines)


def profile_send(
    *,
    actor: Any,
    child: Child,
    episode: MissingEpisode | None,
    last_seen_wearing: str,
    last_seen: str,
    request: HttpRequest | None = None,
) -> ProfileSent:
    """Email the profile with Part 2 as a PDF to the police missing persons unit
    (settings.LANTERN_POLICE_MISSING_EMAIL), then record what was sent (ProfileSent) and audit it as an export.

    The email goes first, outside the transaction (no lock is held while the mail server answers): when it cannot
    be sent, ProfileNotSent is raised and nothing is recorded."""
    if episode is not None and episode.child_id != child.pk:
        raise ValidationError({"episode": "Choose one of this child's missing episodes"})
    address = settings.LANTERN_POLICE_MISSING_EMAIL
    sent = ProfileSent(
        child=child,
        episode=episode,
        sent_to=address,
        sent_at=timezone.now(),
        sent_by=actor,
        last_seen_wearing=last_seen_wearing.strip(),
        last_seen=last_seen.strip(),
    )
    sent.full_clean()
    sheet = profile_sheet(child=child, now=sent.sent_at)
    document = profile_pdf(
        sheet=sheet,
        produced_by=actor.display_name,
        produced_at=sent.sent_at,
        part_two=PartTwo(episode, sent.last_seen_wearing, sent.last_seen),
    )
    message = EmailMessage(
        subject=f"OFFICIAL-SENSITIVE: missing person profile, {_one_line(child.person.full_name)} ({child.local_id})",
        body=_email_body(sheet=sheet, sent=sent, sender=actor),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        reply_to=[actor.email] if getattr(actor, "email", "") else None,
    )
    message.attach(pdf_filename(child), document, "application/pdf")
    try:
        message.send(fail_silently=False)
    except (OSError, smtplib.SMTPException) as error:
        raise ProfileNotSent(str(error)) from error
    with transaction.atomic():
        sent.save()
        audit_record(
            actor=actor,
            action=AuditAction.EXPORT,
            request=request,
            object_type="profilesent",
            object_id=sent.pk,
            child_id=child.pk,
            reason=f"missing person profile PDF emailed to the police ({address})",
            diff={"sent_to": [None, address], "episode": [None, str(episode.pk) if episode else None]},
        )
    return sent
