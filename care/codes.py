"""SSDA903 code lists for care episodes (statutory-rules.md section 3; DfE children looked after return guide)."""

from __future__ import annotations

from django.db import models


class PlacementType(models.TextChoices):
    A3 = "A3", "A3: placed for adoption with consent, with current foster carer"
    A4 = "A4", "A4: placed for adoption with consent, not with current foster carer"
    A5 = "A5", "A5: placed for adoption with a placement order, with current foster carer"
    A6 = "A6", "A6: placed for adoption with a placement order, not with current foster carer"
    K1 = "K1", "K1: secure children's home"
    K2 = "K2", "K2: children's home"
    K3 = "K3", "K3: supported accommodation (16 and over)"
    P1 = "P1", "P1: with parent(s) or person with parental responsibility"
    P3 = "P3", "P3: residential employment"
    R1 = "R1", "R1: residential care home"
    R2 = "R2", "R2: NHS or health trust establishment"
    R3 = "R3", "R3: family centre or mother and baby unit"
    R5 = "R5", "R5: young offender institution"
    S1 = "S1", "S1: residential school"
    T0 = "T0", "T0: temporary, other"
    T1 = "T1", "T1: temporary, in hospital"
    T2 = "T2", "T2: temporary, on holiday"
    T3 = "T3", "T3: temporary, carer on holiday"
    T4 = "T4", "T4: temporary, 7 days or less"
    U1 = "U1", "U1: foster with relative or friend, long-term"
    U2 = "U2", "U2: foster with relative or friend, fostering for adoption or concurrent planning"
    U3 = "U3", "U3: foster with relative or friend, other"
    U4 = "U4", "U4: foster with other foster carer, long-term"
    U5 = "U5", "U5: foster with other foster carer, fostering for adoption or concurrent planning"
    U6 = "U6", "U6: foster with other foster carer, other"
    # Z1 was replaced by Z11-Z14 from the 2025-26 collection (1 April 2025; DfE validation rule 146 refuses Z1 in the
    # return): kept for placements recorded before. The validator gives no meanings for Z11-Z14.
    Z1 = "Z1", "Z1: other placement (until 31 March 2025)"
    Z11 = "Z11", "Z11: other placement (DfE code Z11)"
    Z12 = "Z12", "Z12: other placement (DfE code Z12)"
    Z13 = "Z13", "Z13: other placement (DfE code Z13)"
    Z14 = "Z14", "Z14: other placement (DfE code Z14)"


FOSTER_PLACEMENTS = frozenset({"U1", "U2", "U3", "U4", "U5", "U6"})
CONNECTED_PLACEMENTS = frozenset({"U1", "U2", "U3"})


class PlacementProvider(models.TextChoices):
    PR0 = "PR0", "PR0: parent or person with parental responsibility"
    PR1 = "PR1", "PR1: own local authority"
    PR2 = "PR2", "PR2: other local authority"
    PR3 = "PR3", "PR3: other public provision"
    PR4 = "PR4", "PR4: private provision"
    PR5 = "PR5", "PR5: voluntary or third sector provision"


class PlacementChangeReason(models.TextChoices):
    CARPL = "CARPL", "Change to the care plan"
    CLOSE = "CLOSE", "Provision closed"
    ALLEG = "ALLEG", "Allegation (section 47)"
    STAND = "STAND", "Standards of care concern"
    APPRR = "APPRR", "Carer's approval removed"
    CREQB = "CREQB", "Carer asked for the child to move (behaviour)"
    CREQO = "CREQO", "Carer asked for the child to move (other)"
    CHILD = "CHILD", "The child asked to move"
    LAREQ = "LAREQ", "Local authority asked for the move"
    PLACE = "PLACE", "Change of placement status only"
    CUSTOD = "CUSTOD", "Custody"
    OTHER = "OTHER", "Other"


class CareEndReason(models.TextChoices):
    """SSDA903 REC codes for a period of care that ends (X1, a same-day new episode, is derived, never keyed)."""

    E11 = "E11", "Adopted (application unopposed)"
    E12 = "E12", "Adopted (consent dispensed with)"
    E13 = "E13", "Left to live with a person without parental responsibility"
    E14 = "E14", "Accommodation on remand ended"
    E15 = "E15", "Age assessed as 18 or over"
    E16 = "E16", "Moved abroad"
    E17 = "E17", "Aged 18 or over and stayed with former foster carers"
    E2 = "E2", "Died"
    E3 = "E3", "Care taken over by another local authority"
    E41 = "E41", "Child arrangements order"
    E45 = "E45", "Special guardianship order: former foster carer, relative or friend"
    E46 = "E46", "Special guardianship order: former foster carer, other"
    E47 = "E47", "Special guardianship order: relative or friend, not a former foster carer"
    E48 = "E48", "Special guardianship order: other"
    E4A = "E4A", "Returned home, planned"
    E4B = "E4B", "Returned home, unplanned"
    E5 = "E5", "Moved to independent living with support"
    E6 = "E6", "Moved to independent living without support"
    E7 = "E7", "Transferred to adult social care residential care"
    E8 = "E8", "Period of care ended for any other reason"
    E9 = "E9", "Sentenced to custody"


class CategoryOfNeed(models.TextChoices):
    N1 = "N1", "N1: abuse or neglect"
    N2 = "N2", "N2: child's disability"
    N3 = "N3", "N3: parental illness or disability"
    N4 = "N4", "N4: family in acute stress"
    N5 = "N5", "N5: family dysfunction"
    N6 = "N6", "N6: socially unacceptable behaviour"
    N7 = "N7", "N7: low income"
    N8 = "N8", "N8: absent parenting"


# The placement endings Lantern counts as unplanned (a disruption) in a carer's record and in how matches turn out:
# the carer or the child asked for the move, an allegation or a concern about standards, the carer's approval
# removed, the provision closed, or custody. A change to the care plan, a move the authority asked for, a change of
# status only and "other" count as planned (DfE SSDA903 REASON_PLACE_CHANGE codes; the split is Lantern's own).
UNPLANNED_ENDINGS = frozenset(
    {
        PlacementChangeReason.CREQB,
        PlacementChangeReason.CREQO,
        PlacementChangeReason.CHILD,
        PlacementChangeReason.ALLEG,
        PlacementChangeReason.STAND,
        PlacementChangeReason.APPRR,
        PlacementChangeReason.CLOSE,
        PlacementChangeReason.CUSTOD,
    }
)
