from django.urls import path

from education import views, views_moves, views_schools

app_name = "education"
urlpatterns = [
    path("children/<uuid:child_id>/education/", views.record, name="record"),
    path("children/<uuid:child_id>/education/moves/new/", views_moves.move_edit, name="move-add"),
    path(
        "children/<uuid:child_id>/education/moves/<uuid:move_id>/edit/",
        views_moves.move_edit,
        name="move-edit",
    ),
    path(
        "children/<uuid:child_id>/education/moves/<uuid:move_id>/records-sent/",
        views_moves.records_sent,
        name="move-records-sent",
    ),
    path(
        "children/<uuid:child_id>/education/moves/<uuid:move_id>/records-received/",
        views_moves.records_received,
        name="move-records-received",
    ),
    path("schools/", views_schools.schools, name="schools"),
    path("schools/new/", views_schools.school_edit, name="school-add"),
    path("schools/<uuid:school_id>/edit/", views_schools.school_edit, name="school-edit"),
    views.PEPS.list_route(),
    *views.PEPS.routes(),
    *views.ENROLMENTS.routes(),
    *views.ATTENDANCE.routes(),
    *views.EXCLUSIONS.routes(),
]
