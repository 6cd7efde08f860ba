from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Placement matching"

    def ready(self) -> None:
        from django.db.models.signals import pre_delete

        from care.models import Placement
        from matching.chronology_sources import register_sources
        from matching.services import on_placement_delete

        register_sources()
        pre_delete.connect(
            on_placement_delete, sender=Placement, weak=False, dispatch_uid="matching-placement-removed"
        )
