"""The risk pages, all under children/<child_id>/risk/."""

from django.urls import path

from risk import views, views_discussions, views_plan

app_name = "risk"

_BASE = "children/<uuid:child_id>/risk/"
_SCREENING = f"{_BASE}screenings/<uuid:screening_id>/"
_ACTION = f"{_BASE}plan/actions/<uuid:action_id>/"
_DISCUSSION = f"{_BASE}strategy-discussions/<uuid:discussion_id>/"

urlpatterns = [
    path(_BASE, views.overview, name="overview"),
    path(f"{_BASE}screenings/", views.screenings, name="screenings"),
    path(f"{_BASE}screenings/new/", views.screening_edit, name="screening-add"),
    path(_SCREENING, views.screening_detail, name="screening"),
    path(f"{_SCREENING}edit/", views.screening_edit, name="screening-edit"),
    path(f"{_SCREENING}delete/", views.screening_delete, name="screening-delete"),
    path(f"{_BASE}plan/", views_plan.plan, name="plan"),
    path(f"{_BASE}plan/edit/", views_plan.plan_edit, name="plan-edit"),
    path(f"{_BASE}plan/actions/new/", views_plan.action_edit, name="action-add"),
    path(f"{_ACTION}edit/", views_plan.action_edit, name="action-edit"),
    path(f"{_ACTION}delete/", views_plan.action_delete, name="action-delete"),
    path(f"{_BASE}strategy-discussions/", views_discussions.discussions, name="discussions"),
    path(f"{_BASE}strategy-discussions/new/", views_discussions.discussion_edit, name="discussion-add"),
    path(_DISCUSSION, views_discussions.discussion_detail, name="discussion"),
    path(f"{_DISCUSSION}edit/", views_discussions.discussion_edit, name="discussion-edit"),
    path(f"{_DISCUSSION}delete/", views_discussions.discussion_delete, name="discussion-delete"),
    path(f"{_DISCUSSION}escalate/", views_discussions.discussion_escalate, name="discussion-escalate"),
]
