from django.urls import path

from access import views

app_name = "access"
urlpatterns = [
    path("break-glass/", views.break_glass, name="break-glass"),
    path("break-glass/reviews/", views.break_glass_reviews, name="break-glass-reviews"),
    path("break-glass/<uuid:use_id>/review/", views.break_glass_review, name="break-glass-review"),
]
