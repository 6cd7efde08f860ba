"""The JSON API, /api/v1/. Every endpoint reads through the access rule and audits as the pages do."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from audit.recording import EditConflict, audit_edit_conflict
from lantern.api.auth import ActiveSessionAuth, TokenAuth
from lantern.api.routers import (
    allocations,
    care_records,
    carers,
    children,
    duties,
    education,
    escalation,
    matching,
    missing,
    network,
    people,
    relationships,
    risk,
    sharing,
)

api = NinjaAPI(
    title="Lantern API",
    version="1",
    description="Children's records for partner systems. Every call is limited by the access rule and audited. "
    "Authenticate with `Authorization: Bearer <token>`.",
    auth=[TokenAuth(), ActiveSessionAuth()],
    urls_namespace="api",
)


def _field_errors(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {field: [str(m) for m in messages] for field, messages in error.message_dict.items()}
    return {"__all__": [str(m) for m in error.messages]}


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = _field_errors(exc)
    first = next(iter(errors.values()))[0] if errors else "Invalid"
    return api.create_response(
        request, {"detail": f"The record was not saved: {first}", "errors": errors}, status=400
    )


@api.exception_handler(NinjaValidationError)
def _malformed(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors: dict[str, list[str]] = {}
    for item in exc.errors:
        loc = ".".join(str(p) for p in item.get("loc", ()) if p not in ("body", "payload", "query", "path"))
        errors.setdefault(loc or "__all__", []).append(str(item.get("msg", "invalid")))
    where, messages = next(iter(errors.items()))
    return api.create_response(
        request, {"detail": f"The request is not valid: {where}: {messages[0]}", "errors": errors}, status=422
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc, AuthenticationError):
        return _unauthenticated(request, exc)
    if exc.status_code == 400:
        body = {"detail": "The request body is not valid JSON", "errors": {"__all__": [exc.message]}}
    else:
        body = {"detail": exc.message}
    return api.create_response(request, body, status=exc.status_code)


@api.exception_handler(EditConflict)
def _conflict(request: HttpRequest, exc: EditConflict) -> HttpResponse:
    audit_edit_conflict(actor=request.user, request=request, conflict=exc)
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "Not found"}, status=404)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Sign in, or send a valid token as 'Authorization: Bearer <token>'"}, status=401
    )


api.add_router("/children", children.router)
api.add_router("/children", people.router)
api.add_router("/children", relationships.router)
api.add_router("/children", allocations.router)
api.add_router("/children", care_records.router)
api.add_router("/children", duties.router)
api.add_router("/children", missing.router)
api.add_router("/children", risk.router)
api.add_router("/children", network.router)
api.add_router("/children", sharing.router)
api.add_router("/children", escalation.router)
api.add_router("/children", matching.router)
api.add_router("/children", education.router)
api.add_router("/schools", education.schools_router)
api.add_router("/carers", carers.router)
