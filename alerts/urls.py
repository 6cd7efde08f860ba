from django.urls import path

from alerts import views

app_name = "alerts"
urlpatterns = [
    path("alerts/", views.alerts, name="inbox"),
    path("alerts/<uuid:alert_id>/acknowledge/", views.acknowledge, name="acknowledge"),
]
