"""The people around a child: add and edit them, their other names, and the relationships between them."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render

from access.guards import Need, load_child
from audit.recording import EditConflict
from lantern.form_errors import add_service_errors, refuse_conflict
from lantern.forms import posted
from people import services
from people.circle import circle_of
from people.forms import OtherNameForm, PersonForm, RelatedPersonForm, RelationshipForm
from people.models import PersonName
from people.services import PERSON_FIELDS


@login_required
def person_create(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    form = RelatedPersonForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                person = services.person_create(
                    actor=request.user,
                    child=access.child,
                    data={k: data[k] for k in PERSON_FIELDS if k in data},
                )
                to_child = data["direction"] == "to_child"
                services.relationship_create(
                    actor=request.user,
                    child=access.child,
                    person_a=person if to_child else access.child.person,
                    person_b=access.child.person if to_child else person,
                    data={k: data[k] for k in ("kind", "parental_responsibility", "description")},
                )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{person.full_name} added")
            return redirect("people:child", child_id=access.child.pk)
    return render(request, "people/person_form.html", {"form": form, "child": access.child, "person": None})


@login_required
def person_edit(request: HttpRequest, child_id: UUID, person_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    person = circle_of(user=request.user, child=access.child).person(person_id)
    form = PersonForm(posted(request), instance=person)
    name_form = OtherNameForm()
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(
                actor=request.user, child=access.child, person=person, data=form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, f"{person.full_name} saved")
            return redirect("people:child", child_id=access.child.pk)
    return render(
        request,
        "people/person_form.html",
        {
            "form": form,
            "child": access.child,
            "person": person,
            "name_form": name_form,
            "other_names": list(person.other_names.all()),
        },
    )


@login_required
def other_name_add(request: HttpRequest, child_id: UUID, person_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    person = circle_of(user=request.user, child=access.child).person(person_id)
    form = OtherNameForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.person_name_add(
                actor=request.user, child=access.child, person=person, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Name ‘{form.cleaned_data['name']}’ added")
            return redirect("people:person-edit", child_id=access.child.pk, person_id=person.pk)
    return render(
        request, "people/other_name_form.html", {"form": form, "child": access.child, "person": person}
    )


@login_required
def other_name_delete(request: HttpRequest, child_id: UUID, person_id: UUID, name_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    person = circle_of(user=request.user, child=access.child).person(person_id)
    name = PersonName.objects.filter(person=person, pk=name_id).first()
    if name is None:
        raise Http404
    services.person_name_delete(actor=request.user, child=access.child, name=name)
    messages.success(request, f"Name ‘{name.name}’ removed")
    return redirect("people:person-edit", child_id=access.child.pk, person_id=person.pk)


@login_required
def relationship_edit(
    request: HttpRequest, child_id: UUID, relationship_id: UUID | None = None
) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    circle = circle_of(user=request.user, child=access.child)
    relationship = None
    if relationship_id is not None:
        relationship = circle.relationship(relationship_id)
    people = circle.people()
    form = RelationshipForm(posted(request), instance=relationship, people=people)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if relationship is None:
                services.relationship_create(
                    actor=request.user,
                    child=access.child,
                    person_a=data["person_a"],
                    person_b=data["person_b"],
                    data=data,
                )
            else:
                relationship.person_a, relationship.person_b = data["person_a"], data["person_b"]
                services.relationship_update(
                    actor=request.user, child=access.child, relationship=relationship, data=data
                )
        except ValidationError as error:
            add_service_errors(form, error)
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, "Relationship saved")
            return redirect("people:child", child_id=access.child.pk)
    return render(
        request,
        "people/relationship_form.html",
        {"form": form, "child": access.child, "relationship": relationship},
    )


@login_required
def relationship_delete(request: HttpRequest, child_id: UUID, relationship_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    relationship = circle_of(user=request.user, child=access.child).relationship(relationship_id)
    if request.method == "POST":
        services.relationship_delete(actor=request.user, child=access.child, relationship=relationship)
        messages.success(request, "Relationship removed")
        return redirect("people:child", child_id=access.child.pk)
    return render(
        request, "people/relationship_delete.html", {"child": access.child, "relationship": relationship}
    )
