from django.urls import path

from audit import views

app_name = "audit"
urlpatterns = [path("children/<uuid:child_id>/audit/", views.who_has_seen, name="who-has-seen")]
