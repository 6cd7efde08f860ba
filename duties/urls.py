from django.urls import path

from duties import views

app_name = "duties"
urlpatterns = [
    path("children/<uuid:child_id>/duties/", views.child_duties, name="child"),
    path("duties/stability/", views.stability, name="stability"),
]
