from __future__ import annotations

import datetime

import factory

from accounts.tests.factories import UserFactory
from casework.models import Allocation, AllocationRole, CaseNote, TransferSummary
from people.tests.factories import ChildFactory


class AllocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Allocation

    child = factory.SubFactory(ChildFactory)
    worker = factory.SubFactory(UserFactory)
    role = AllocationRole.SOCIAL_WORKER
    start_date = datetime.date(2025, 1, 6)


class CaseNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseNote

    child = factory.SubFactory(ChildFactory)
    author = factory.SubFactory(UserFactory)
    occurred_on = datetime.date(2025, 3, 3)
    subject = "Home visit"
    body = "Saw the child at the placement."


class TransferSummaryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TransferSummary

    allocation = factory.SubFactory(AllocationFactory)
    child = factory.SelfAttribute("allocation.child")
    incoming = factory.SelfAttribute("allocation.worker")
    outgoing = factory.SubFactory(UserFactory)
    changed_on = factory.SelfAttribute("allocation.start_date")
    due_on = factory.LazyAttribute(lambda o: o.changed_on + datetime.timedelta(days=7))
    content = factory.LazyFunction(lambda: {"composed_for": "2025-01-06", "sections": []})
