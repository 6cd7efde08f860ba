"""Every request and response body in the OpenAPI document is the one the API validates against. The document
names each body's schema by its class name, so two classes of one name would share one entry and a partner
would read the wrong fields (the network meeting's attendance was once shown with the school attendance's
fields, and a valid meeting was refused)."""

from __future__ import annotations

from collections import defaultdict

from ninja import Schema

from lantern.api import api


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def test_no_two_api_schemas_share_a_name() -> None:
    api.get_openapi_schema()
    by_name: defaultdict[str, set[str]] = defaultdict(set)
    for cls in _subclasses(Schema):
        if cls.__module__.startswith("lantern.api"):
            by_name[cls.__name__].add(cls.__module__)
    assert {name: modules for name, modules in by_name.items() if len(modules) > 1} == {}


def test_the_network_meeting_documents_its_own_attendance() -> None:
    schemas = api.get_openapi_schema()["components"]["schemas"]
    body = schemas["MeetingIn"]["properties"]["attendance"]
    attendee = schemas[body["items"]["$ref"].rsplit("/", 1)[-1]]
    assert {"name", "agency"} <= set(attendee["properties"])
