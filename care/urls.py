from django.urls import path

from care import views

app_name = "care"
urlpatterns = [
    path("children/<uuid:child_id>/care/", views.care_record, name="record"),
    *views.PERIODS.routes(),
    *views.LEGAL_STATUSES.routes(),
    *views.PLACEMENTS.routes(),
]
