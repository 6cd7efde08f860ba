from django.apps import AppConfig


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = "Education"

    def ready(self) -> None:
        from education.chronology_sources import register_sources

        register_sources()
