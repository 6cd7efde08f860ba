"""A network history for the family of bundles/tests/conftest.py, written through the services as a worker and the
partners record it: two placements (one out of borough), members (the police officer with a grant), a network
meeting with who came and two actions, two concerns (one read), what was shared with the carers and the host
authority, and two escalations (one from a joint decision with dissent, through three stages to resolved; one
open)."""

from __future__ import annotations

import datetime
from typing import Any

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import AgencyFactory, UserFactory
from care.models import PeriodOfCare, Placement
from care.services import care_record_save
from escalation import services as escalations
from escalation.models import Escalation
from network import services as network
from network.models import (
    AgencyKind,
    Attendance,
    Concern,
    MeetingAction,
    MeetingAttendance,
    NetworkMeeting,
    NetworkMember,
)
from risk import services as risk
from risk.models import StrategyDiscussion
from risk.services import ParticipantInput
from sharing import services as sharing
from sharing.models import Item, Method, SharedInformation

D = datetime.date


def network_history(child: Any) -> dict[str, Any]:
    wendy = User.objects.get(username="wendy")
    police = AgencyFactory(name="Lanternshire Constabulary")
    pat: Any = UserFactory(
        username="pat", first_name="Pat", last_name="Police", role=Role.POLICE, agency=police
    )
    care_record_save(
        actor=wendy, record=PeriodOfCare(child=child, start_date=D(2023, 11, 20), category_of_need="N4")
    )
    away: Any = care_record_save(
        actor=wendy,
        record=Placement(
            child=child,
            place="K2",
            provider="PR4",
            carer="Hilltop House",
            in_authority=False,
            start_date=D(2023, 11, 20),
            end_date=D(2024, 8, 31),
            change_reason="CHILD",
        ),
    )
    now: Any = care_record_save(
        actor=wendy,
        record=Placement(
            child=child, place="U4", provider="PR1", carer="Pat Carer", start_date=D(2024, 9, 1)
        ),
    )

    def member(**values: Any) -> NetworkMember:
        return network.member_save(actor=wendy, member=NetworkMember(child=child, **values))

    carer = member(
        agency_kind=AgencyKind.CARER,
        agency="Pat Carer",
        role="Foster carer",
        name="Pat Carer",
        from_date=D(2024, 9, 1),
        phone="07700 900123",
    )
    host = member(
        agency_kind=AgencyKind.HOST_AUTHORITY,
        agency="Emberton Council",
        role="Looked-after children team",
        name="Robin Host",
        from_date=D(2023, 11, 20),
        to_date=D(2024, 8, 31),
    )
    officer = network.member_save(
        actor=wendy,
        member=NetworkMember(
            child=child,
            agency_kind=AgencyKind.POLICE,
            agency=police.name,
            role="Liaison officer",
            name="Pat Police",
            user=pat,
            from_date=D(2024, 10, 1),
        ),
        grant_until=datetime.date.today() + datetime.timedelta(days=60),
        grant_reason="Missing-person investigation",
    )
    network.meeting_save(
        actor=wendy,
        meeting=NetworkMeeting(
            child=child,
            held_on=D(2024, 10, 14),
            chair="Mia Manager",
            reason="High risk",
            information_shared="The school shared falling attendance.",
            decisions="One plan for everyone.",
            next_meeting_on=D(2024, 11, 25),
        ),
        attendance=[
            MeetingAttendance(name="Wendy Worker", agency="Lantern Borough Council"),
            MeetingAttendance(member=carer, name="Pat Carer", agency="Pat Carer"),
            MeetingAttendance(
                member=officer, name="Pat Police", agency=police.name, attendance=Attendance.APOLOGIES
            ),
        ],
        actions=[
            MeetingAction(
                action="Update the profile", owner=wendy, due_on=D(2024, 10, 28), done_on=D(2024, 10, 20)
            ),
            MeetingAction(
                action="Keep a log of calls",
                owner_name="Pat Carer",
                owner_agency="Foster carer",
                due_on=D(2024, 11, 14),
                notes="Started",
            ),
        ],
    )
    read = network.concern_raise(
        actor=pat,
        concern=Concern(child=child, noticed_on=D(2024, 10, 20), concern="Seen in a car", agency=police.name),
    )
    network.concern_read(actor=wendy, concern=read, response="Talked with Robin")
    network.concern_raise(
        actor=pat,
        concern=Concern(
            child=child, noticed_on=D(2025, 1, 5), concern="New phone", agency=police.name, urgent=True
        ),
    )
    summary = sharing.shared_save(
        actor=wendy,
        shared=SharedInformation(
            child=child,
            placement=now,
            member=carer,
            item=Item.HISTORY_SUMMARY,
            shared_on=D(2024, 9, 2),
            method=Method.IN_PERSON,
        ),
    )
    sharing.shared_acknowledge(actor=wendy, shared=summary, on=D(2024, 9, 4), by_name="Pat Carer")
    sharing.shared_save(
        actor=wendy,
        shared=SharedInformation(
            child=child,
            placement=away,
            member=host,
            item=Item.PLACEMENT_NOTIFICATION,
            shared_on=D(2023, 11, 22),
            method=Method.SECURE_EMAIL,
        ),
    )
    discussion = risk.strategy_discussion_save(
        actor=wendy,
        discussion=StrategyDiscussion(
            child=child,
            kind="joint_decision",
            held_on=D(2024, 10, 1),
            reason="High risk",
            decisions="Risk plan",
            outcome="risk_plan",
        ),
        participants=[
            ParticipantInput(name="Wendy Worker", agency="Lantern Borough Council", role="Social worker"),
            ParticipantInput(
                name="Pat Police", agency=police.name, dissent="This needs a joint investigation."
            ),
        ],
    )
    first = escalations.escalation_raise(
        actor=wendy,
        escalation=Escalation(
            child=child,
            concerning_agency=police.name,
            concerning_user=pat,
            discussion=discussion,
            concern="No visit to the address",
            why_it_matters="Robin goes back there",
            wanted_outcome="A visit this week",
        ),
        on=D(2024, 10, 2),
    )
    escalations.escalation_respond(
        actor=pat, escalation=first, text="Not enough to visit yet", on=D(2024, 10, 3)
    )
    escalations.escalation_next_stage(
        actor=wendy, escalation=first, why="The risk is high", on=D(2024, 10, 7)
    )
    escalations.escalation_next_stage(actor=wendy, escalation=first, why="No answer", on=D(2024, 10, 16))
    escalations.escalation_resolve(actor=pat, escalation=first, resolution="Visit made", on=D(2024, 10, 17))
    escalations.escalation_raise(
        actor=wendy,
        escalation=Escalation(
            child=child,
            concerning_agency="Emberton Council",
            concern="No reply",
            why_it_matters="Robin's plan",
            wanted_outcome="A reply",
        ),
        on=D(2025, 2, 3),
    )
    return {"now": now, "carer": carer, "officer": officer}
