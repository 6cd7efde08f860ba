from django.apps import AppConfig


class RiskConfig(AppConfig):
    name = "risk"
    verbose_name = "Exploitation risk and joint decisions"

    def ready(self) -> None:
        from risk.chronology_sources import register_sources

        register_sources()
