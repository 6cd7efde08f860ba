from __future__ import annotations

import datetime

import factory

from people.codes import Ethnicity, Sex
from people.models import Child, Person, PersonName, Relationship, RelationshipType


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    forename = factory.Sequence(lambda n: f"Alex{n}")
    surname = "Testchild"
    date_of_birth = datetime.date(2011, 5, 17)
    sex = Sex.FEMALE
    ethnicity = Ethnicity.WBRI


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    person = factory.SubFactory(PersonFactory)
    local_id = factory.Sequence(lambda n: f"T{n:06d}")
    legal_status = "C2"


class PersonNameFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonName

    person = factory.SubFactory(PersonFactory)
    kind = "nickname"
    name = factory.Sequence(lambda n: f"Nick{n}")


class RelationshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Relationship

    person_a = factory.SubFactory(
        PersonFactory, forename="Morgan", surname="Parent", date_of_birth=datetime.date(1985, 1, 2)
    )
    person_b = factory.SubFactory(PersonFactory)
    kind = RelationshipType.PARENT
    parental_responsibility = True
