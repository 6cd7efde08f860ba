from django.urls import path

from chronology import views

app_name = "chronology"
urlpatterns = [
    path("children/<uuid:child_id>/chronology/", views.chronology, name="page"),
    path("children/<uuid:child_id>/chronology/export.csv", views.export_csv, name="export-csv"),
    path("children/<uuid:child_id>/chronology/export.pdf", views.export_pdf, name="export-pdf"),
    path("children/<uuid:child_id>/chronology/new/", views.entry_edit, name="entry-create"),
    path("children/<uuid:child_id>/chronology/<uuid:entry_id>/edit/", views.entry_edit, name="entry-edit"),
    path(
        "children/<uuid:child_id>/chronology/<uuid:entry_id>/delete/", views.entry_delete, name="entry-delete"
    ),
    path("children/<uuid:child_id>/chronology/import/", views.import_file, name="import"),
    path("children/<uuid:child_id>/chronology/imports/", views.imports, name="imports"),
    path(
        "children/<uuid:child_id>/chronology/imports/<uuid:import_id>/undo/",
        views.import_undo,
        name="import-undo",
    ),
]
