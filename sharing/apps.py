from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "sharing"
    verbose_name = "Information shared with carers and partners"

    def ready(self) -> None:
        from sharing.chronology_sources import register_sources

        register_sources()
