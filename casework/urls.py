from django.urls import path

from casework import (
    views,
    views_care_leaver,
    views_notes,
    views_records,
    views_story,
    views_transfer,
    views_youth_justice,
)

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
    path("children/<uuid:child_id>/notes/", views_notes.notes, name="notes"),
    path("children/<uuid:child_id>/notes/new/", views_notes.note_edit, name="note-create"),
    path("children/<uuid:child_id>/notes/<uuid:note_id>/edit/", views_notes.note_edit, name="note-edit"),
    path("children/<uuid:child_id>/history/", views_story.history, name="history"),
    path("children/<uuid:child_id>/history/<slug:kind>/", views_story.history_edit, name="history-edit"),
    path("children/<uuid:child_id>/wishes/", views_story.wishes, name="wishes"),
    path("children/<uuid:child_id>/wishes/new/", views_story.wishes_add, name="wishes-add"),
    path("children/<uuid:child_id>/transfers/", views_transfer.transfers, name="transfers"),
    path("children/<uuid:child_id>/transfers/<uuid:summary_id>/", views_transfer.transfer, name="transfer"),
    views_records.VISITS.list_route(),
    *views_records.VISITS.routes(),
    views_records.REVIEWS.list_route(),
    *views_records.REVIEWS.routes(),
    views_records.PLANS.list_route(),
    *views_records.PLANS.routes(),
    *views_records.NOTIFICATIONS.routes(),
    views_youth_justice.OUTCOMES.list_route(),
    *views_youth_justice.OUTCOMES.routes(),
    views_care_leaver.CARE_LEAVER.list_route(),
    *views_care_leaver.CARE_LEAVER.routes(),
]
