from django.urls import path

from permanence import views

app_name = "permanence"
urlpatterns = [
    path("children/<uuid:child_id>/permanence/", views.permanence_page, name="record"),
    *views.PREVIOUS.routes(),
    *views.DECISIONS.routes(),
]
