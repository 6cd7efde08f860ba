from django.urls import path

from missing import profile_urls, views, views_overview

app_name = "missing"
urlpatterns = [
    path("missing/", views_overview.overview, name="overview"),
    path("children/<uuid:child_id>/missing/", views.episodes, name="episodes"),
    *views.EPISODES.routes(),
    path(
        "children/<uuid:child_id>/missing/<uuid:episode_id>/return-interview/",
        views.interview,
        name="interview",
    ),
    *profile_urls.urlpatterns,
]
