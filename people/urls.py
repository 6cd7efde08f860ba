from django.urls import path

from people.views import children, genogram, people

app_name = "people"
urlpatterns = [
    path("search/", children.search, name="search"),
    path("children/new/", children.child_create, name="child-create"),
    path("children/<uuid:child_id>/", children.child_detail, name="child"),
    path("children/<uuid:child_id>/edit/", children.child_edit, name="child-edit"),
    path("children/<uuid:child_id>/genogram/", genogram.genogram, name="genogram"),
    path("children/<uuid:child_id>/genogram.svg", genogram.genogram_image, name="genogram-image"),
    path("children/<uuid:child_id>/people/new/", people.person_create, name="person-create"),
    path("children/<uuid:child_id>/people/<uuid:person_id>/edit/", people.person_edit, name="person-edit"),
    path(
        "children/<uuid:child_id>/people/<uuid:person_id>/names/new/", people.other_name_add, name="name-add"
    ),
    path(
        "children/<uuid:child_id>/people/<uuid:person_id>/names/<uuid:name_id>/delete/",
        people.other_name_delete,
        name="name-delete",
    ),
    path("children/<uuid:child_id>/relationships/new/", people.relationship_edit, name="relationship-create"),
    path(
        "children/<uuid:child_id>/relationships/<uuid:relationship_id>/edit/",
        people.relationship_edit,
        name="relationship-edit",
    ),
    path(
        "children/<uuid:child_id>/relationships/<uuid:relationship_id>/delete/",
        people.relationship_delete,
        name="relationship-delete",
    ),
]
