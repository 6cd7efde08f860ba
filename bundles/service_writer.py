"""What the writers of the network, sharing and escalation parts share: they build each record from the bundle and
save it through its app's service (network/services.py, sharing/services.py, escalation/services.py), so that the
service's own checks apply, with its messages, at the JSON path of the record and field. The services audit each
record as they write it (the actor is the importing user, or the worker of the bundle who acted: who raised a
concern, who took a step of an escalation)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from bundles.errors import model_errors
from bundles.plain import model_value
from bundles.validation import Problem
from bundles.workers import WorkerResolver
from people.models import Child


class ServiceWriter:
    def __init__(
        self, data: dict[str, Any], child: Child | None, workers: WorkerResolver, actor: Any
    ) -> None:
        self.data = data
        self.child = child
        self.workers = workers
        self.actor = actor
        self.errors: list[Problem] = []

    def build(
        self,
        model: type[models.Model],
        path: str,
        record: dict[str, Any],
        names: tuple[str, ...],
        *,
        dates: frozenset[str],
        moments: frozenset[str] = frozenset(),
    ) -> Any | None:
        """The record with its id and fields; None (with the problem listed) when a date cannot be read."""
        instance: Any = model(id=uuid.UUID(record["id"]))
        for name in names:
            if name in record:
                try:
                    setattr(
                        instance, name, model_value(record[name], dates=dates, moments=moments, name=name)
                    )
                except ValueError:
                    self.errors.append((f"{path}.{name}", f"{record[name]!r} is not valid: no such date"))
                    return None
        return instance

    def worker(self, record: dict[str, Any], field: str, path: str, waiting: list[str]) -> Any:
        """The user a worker field names (None for null); a worker who cannot be found is waited on."""
        spec = record.get(field)
        user = None if spec is None else self.workers.resolve(spec, f"{path}.{field}", allocatable=False)
        if spec is not None and user is None:
            waiting.append(field)  # the resolver lists the worker's own problem
        return user

    def clean(
        self, instance: models.Model, path: str, record: dict[str, Any], exclude: list[str]
    ) -> list[Problem]:
        """The model's own checks, leaving out the links still to be made or waited on."""
        try:
            instance.full_clean(exclude=exclude, validate_unique=False)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                error = ValidationError({k: v for k, v in error.error_dict.items() if k not in exclude})
            return model_errors(error, path=path, record=record)
        return []

    def call(self, path: str, record: dict[str, Any], service: Callable[[], Any], *, field: str = "") -> bool:
        """Run a service; its refusal is listed at the record's path (a refusal not about one field at `field`)."""
        try:
            service()
        except ValidationError as error:
            if field and not hasattr(error, "error_dict"):
                error = ValidationError({field: error.messages})
            self.errors += model_errors(error, path=path, record=record)
            return False
        return True
