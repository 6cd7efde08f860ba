"""The escalation pages: the child's escalations under children/<child_id>/escalations/, and the dashboards."""

from django.urls import path

from escalation import views, views_dashboard

app_name = "escalation"

_BASE = "children/<uuid:child_id>/escalations/"
_ONE = f"{_BASE}<uuid:escalation_id>/"

urlpatterns = [
    path(_BASE, views.child_escalations, name="child"),
    path(f"{_BASE}raise/", views.raise_escalation, name="raise"),
    path(_ONE, views.detail, name="detail"),
    path(f"{_ONE}respond/", views.respond, name="respond"),
    path(f"{_ONE}next-stage/", views.next_stage, name="next-stage"),
    path(f"{_ONE}resolve/", views.resolve, name="resolve"),
    path(f"{_ONE}withdraw/", views.withdraw, name="withdraw"),
    path("escalations/", views_dashboard.dashboard, name="dashboard"),
    path("escalations/partnership/", views_dashboard.partnership, name="partnership"),
]
