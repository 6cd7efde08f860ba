from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Placement matching"

    def ready(self) -> None:
        from matching.chronology_sources import register_sources

        register_sources()
