from django.conf import settings
from django.urls import include, path

from lantern import views
from lantern.api import api

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.health, name="health"),
    path("", include("accounts.urls")),
    path("", include("casework.urls")),
    path("", include("people.urls")),
    path("", include("audit.urls")),
    path("", include("access.urls")),
    path("", include("chronology.urls")),
    path("", include("alerts.urls")),
    path("", include("care.urls")),
    path("", include("permanence.urls")),
    path("", include("health.urls")),
    path("", include("education.urls")),
    path("", include("missing.urls")),
    path("", include("risk.urls")),
    path("", include("network.urls")),
    path("", include("sharing.urls")),
    path("", include("escalation.urls")),
    path("", include("matching.urls")),
    path("", include("duties.urls")),
    path("", include("returns.urls")),
    path("api/v1/", api.urls),
]
if not settings.PRODUCTION:
    # An empty page for `make bench` to measure the framework's own ceiling beside real pages.
    urlpatterns.append(path("bench/bare/", views.bare, name="bare"))
