"""The matching pages: a child's searches under children/<child_id>/matching/, and the authority's outcomes."""

from django.urls import path

from matching import views

app_name = "matching"

_BASE = "children/<uuid:child_id>/matching/"
_ONE = f"{_BASE}<uuid:match_id>/"

urlpatterns = [
    path(_BASE, views.child_matches, name="child"),
    path(f"{_BASE}new/", views.new_search, name="new"),
    path(_ONE, views.detail, name="detail"),
    path(f"{_ONE}decide/", views.decide, name="decide"),
    path(f"{_ONE}link/", views.link, name="link"),
    path(f"{_ONE}notes/", views.notes, name="notes"),
    path("matching/outcomes/", views.outcomes, name="outcomes"),
]
