"""The information-sharing pages, all under children/<child_id>/information-shared/."""

from django.urls import path

from sharing import views

app_name = "sharing"

_BASE = "children/<uuid:child_id>/information-shared/"

urlpatterns = [
    path(_BASE, views.log, name="log"),
    *views.ENTRIES.routes(),
    path(f"{_BASE}placements/<uuid:placement_id>/", views.checklist, name="checklist"),
    path(f"{_BASE}<uuid:shared_id>/acknowledge/", views.acknowledge, name="acknowledge"),
]
