"""The matching pages."""

app_name = "matching"
urlpatterns: list = []
