from health import views, views_misuse

app_name = "health"
urlpatterns = [
    views.CHECKS.list_route(),
    *views.CHECKS.routes(),
    views_misuse.MISUSE.list_route(),
    *views_misuse.MISUSE.routes(),
]
