from django.urls import path

from access import views, views_grants

app_name = "access"
urlpatterns = [
    path("break-glass/", views.break_glass, name="break-glass"),
    path("break-glass/reviews/", views.break_glass_reviews, name="break-glass-reviews"),
    path("break-glass/<uuid:use_id>/review/", views.break_glass_review, name="break-glass-review"),
    path("children/<uuid:child_id>/access/", views_grants.grants, name="grants"),
    path(
        "children/<uuid:child_id>/access/<uuid:grant_id>/end/", views_grants.grant_revoke, name="grant-revoke"
    ),
]
