from django.urls import path

from casework import views

app_name = "casework"
urlpatterns = [
    path("children/", views.my_children, name="my-children"),
    path("team/", views.team, name="team"),
    path("children/<uuid:child_id>/allocations/new/", views.allocation_edit, name="allocation-create"),
    path(
        "children/<uuid:child_id>/allocations/<uuid:allocation_id>/edit/",
        views.allocation_edit,
        name="allocation-edit",
    ),
]
