"""The routes of the Philomena Protocol profile, included into the "missing" namespace by missing/urls.py.

| name                    | needs                 |
|-------------------------|-----------------------|
| missing:profile         | Need.VIEW             |
| missing:profile-edit    | Need.REPORT_MISSING   |
| missing:profile-photo   | Need.VIEW             |
| missing:profile-pdf     | Need.REPORT_MISSING   |
| missing:profile-send    | Need.REPORT_MISSING   |
"""

from django.urls import URLPattern, path

from missing import profile_views

urlpatterns: list[URLPattern] = [
    path("children/<uuid:child_id>/missing-profile/", profile_views.profile, name="profile"),
    path("children/<uuid:child_id>/missing-profile/edit/", profile_views.profile_edit, name="profile-edit"),
    path(
        "children/<uuid:child_id>/missing-profile/photo/", profile_views.profile_photo, name="profile-photo"
    ),
    path(
        "children/<uuid:child_id>/missing-profile/pdf/",
        profile_views.profile_pdf_download,
        name="profile-pdf",
    ),
    path(
        "children/<uuid:child_id>/missing-profile/send/", profile_views.profile_send_page, name="profile-send"
    ),
]
