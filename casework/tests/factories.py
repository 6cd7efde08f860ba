from __future__ import annotations

import datetime

import factory

from accounts.tests.factories import UserFactory
from casework.models import Allocation, AllocationRole
from people.tests.factories import ChildFactory


class AllocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Allocation

    child = factory.SubFactory(ChildFactory)
    worker = factory.SubFactory(UserFactory)
    role = AllocationRole.SOCIAL_WORKER
    start_date = datetime.date(2025, 1, 6)
