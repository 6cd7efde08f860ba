from __future__ import annotations

import datetime

import factory
from django.utils import timezone

from access.models import AccessGrant
from accounts.tests.factories import UserFactory
from people.tests.factories import ChildFactory


class AccessGrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AccessGrant

    child = factory.SubFactory(ChildFactory)
    user = factory.SubFactory(UserFactory)
    reason = "Joint investigation with children's social care"
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
