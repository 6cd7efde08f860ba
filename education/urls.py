from education import views

app_name = "education"
urlpatterns = [views.PEPS.list_route(), *views.PEPS.routes()]
