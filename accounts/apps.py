from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts, teams and agencies"

    def ready(self) -> None:
        from accounts import signals  # noqa: F401
