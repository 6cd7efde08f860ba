from __future__ import annotations

import datetime

import factory

from accounts.tests.factories import UserFactory
from chronology.models import Category, ChronologyEntry, ChronologyImport
from people.tests.factories import ChildFactory


class ChronologyEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChronologyEntry

    child = factory.SubFactory(ChildFactory)
    occurred_on = datetime.date(2024, 5, 1)
    agency = "Example Council"
    category = Category.FAMILY
    what_happened = "Birth of a half-sibling"


class ChronologyImportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChronologyImport

    child = factory.SubFactory(ChildFactory)
    filename = "school.csv"
    agency = "Example Academy"
    rows = 0
    imported_by = factory.SubFactory(UserFactory)
