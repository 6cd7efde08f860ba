from health import views

app_name = "health"
urlpatterns = [views.CHECKS.list_route(), *views.CHECKS.routes()]
