"""Every web route and API operation that names a child, found from the URL configuration and the OpenAPI
document, with the persona child's real ids filled in. The access tests walk these lists, so a new route is
covered the moment it is added."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

from lantern.api import api


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for p in patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, prefix + str(p.pattern))
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern)


def _ids(personas: Any) -> dict[str, str]:
    return {
        "child_id": str(personas.child.pk),
        "person_id": str(personas.mother.pk),
        "relationship_id": str(personas.mother_relationship.pk),
        "allocation_id": str(personas.allocation.pk),
        "name_id": str(personas.child.person.other_names.get().pk),
        "grant_id": str(personas.pat.access_grants.get().pk),
    }


def web_child_routes(personas: Any) -> list[str]:
    ids = _ids(personas)
    routes = []
    for route in _walk(get_resolver().url_patterns):
        if "<uuid:child_id>" not in route:
            continue
        path = "/" + re.sub(r"<uuid:(\w+)>", lambda m: ids[str(m.group(1))], route)
        if "/names/" in route and "<uuid:name_id>" in route:
            path = path.replace(f"/people/{ids['person_id']}/", f"/people/{ids['child_id']}/")
        routes.append(path)
    return sorted(routes)


def api_child_operations(personas: Any) -> list[tuple[str, str]]:
    ids = _ids(personas)
    schema = api.get_openapi_schema()
    operations: list[tuple[str, str]] = []
    for route, methods in schema["paths"].items():
        if "{child_id}" not in route:
            continue
        path = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], route)
        operations.extend((method.upper(), path) for method in methods)
    return sorted(operations)
