from django.apps import AppConfig


class EscalationConfig(AppConfig):
    name = "escalation"
    verbose_name = "Escalations between agencies"

    def ready(self) -> None:
        from escalation.chronology_sources import register_sources

        register_sources()
