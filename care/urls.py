from django.urls import path

from care import register_views, views

app_name = "care"
urlpatterns = [
    path("children/<uuid:child_id>/care/", views.care_record, name="record"),
    *views.PERIODS.routes(),
    *views.LEGAL_STATUSES.routes(),
    *views.PLACEMENTS.routes(),
    path("carers/", register_views.register_list, name="register"),
    path("carers/new/", register_views.register_edit, name="register-add"),
    path("carers/<uuid:carer_id>/", register_views.register_detail, name="register-detail"),
    path("carers/<uuid:carer_id>/edit/", register_views.register_edit, name="register-edit"),
]
