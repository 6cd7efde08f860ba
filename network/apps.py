from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "The professional network and network meetings"

    def ready(self) -> None:
        from network.chronology_sources import register_sources

        register_sources()
