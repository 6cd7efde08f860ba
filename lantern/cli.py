"""The `lantern` command: `lantern seed ...`, `lantern audit-verify`, `lantern export-bundle ...` and the rest.

Each sub-command is a Django management command; dashes in the name become underscores."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    from django.core.management import execute_from_command_line

    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["lantern", *args])


if __name__ == "__main__":
    main()
