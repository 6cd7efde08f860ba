from django.apps import AppConfig


class MissingConfig(AppConfig):
    name = "missing"
    verbose_name = "Missing from care"

    def ready(self) -> None:
        from missing.chronology_sources import register_sources

        register_sources()
