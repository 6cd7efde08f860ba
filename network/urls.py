"""The network pages, all under children/<child_id>/network/."""

from django.urls import path

from network import views, views_concerns, views_meetings

app_name = "network"

_BASE = "children/<uuid:child_id>/network/"
_MEMBER = f"{_BASE}members/<uuid:member_id>/"
_MEETING = f"{_BASE}meetings/<uuid:meeting_id>/"
_CONCERN = f"{_BASE}concerns/<uuid:concern_id>/"

urlpatterns = [
    path(_BASE, views.members, name="members"),
    path(f"{_BASE}members/new/", views.member_edit, name="member-add"),
    path(f"{_MEMBER}edit/", views.member_edit, name="member-edit"),
    path(f"{_MEMBER}end/", views.member_end, name="member-end"),
    path(f"{_BASE}meetings/", views_meetings.meetings, name="meetings"),
    path(f"{_BASE}meetings/new/", views_meetings.meeting_edit, name="meeting-add"),
    path(_MEETING, views_meetings.meeting_detail, name="meeting"),
    path(f"{_MEETING}edit/", views_meetings.meeting_edit, name="meeting-edit"),
    path(f"{_MEETING}delete/", views_meetings.meeting_delete, name="meeting-delete"),
    path(f"{_BASE}actions/<uuid:network_action_id>/done/", views_meetings.action_done, name="action-done"),
    path(f"{_BASE}concerns/", views_concerns.concerns, name="concerns"),
    path(f"{_BASE}concerns/new/", views_concerns.concern_add, name="concern-add"),
    path(_CONCERN, views_concerns.concern_detail, name="concern"),
    path(f"{_CONCERN}read/", views_concerns.concern_read, name="concern-read"),
]
