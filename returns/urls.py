"""The SSDA903 return page: export and check a collection year, and download its CSVs."""

from django.urls import path

from returns import views

app_name = "returns"

urlpatterns = [
    path("returns/903/", views.return_903, name="903"),
    path("returns/903/download/", views.download_903, name="903-download"),
    path("returns/903/checks/<uuid:check_id>/", views.check_903, name="903-check"),
    path("returns/903/checks/<uuid:check_id>/status/", views.check_903_status, name="903-check-status"),
]
