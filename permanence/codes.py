"""The SSDA903 code lists of the PrevPerm, PlacedAdoption and AD1 tables (statutory-rules.md section 3; the validity
sets are those of the csc-validator-be-903 rules named at each list)."""

from __future__ import annotations

from django.db import models


class PreviousPermanenceOption(models.TextChoices):
    """PREV_PERM (rule 631). Z1 needs no authority or date; every other option needs both (rules 630 and 635)."""

    Z1 = "Z1", "None, or not known whether there was one"
    P1 = "P1", "Adoption"
    P2 = "P2", "Special guardianship order"
    P3 = "P3", "Residence order, or child arrangements order naming with whom the child lives"
    P4 = "P4", "A permanence order of a type not known"


class DatePrecision(models.TextChoices):
    """How much of DATE_PERM is known: the return writes an unknown day or month as ZZ (rule 632 reads ZZ/MM/YYYY
    as the month's last day and ZZ/ZZ/YYYY as the year's)."""

    DAY = "day", "The exact date"
    MONTH = "month", "The month and year only"
    YEAR = "year", "The year only"


class ReasonDecisionCeased(models.TextChoices):
    """REASON_PLACED_CEASED (rule 120)."""

    RD1 = "RD1", "The child’s needs changed after the decision"
    RD2 = "RD2", "The court did not make a placement order"
    RD3 = "RD3", "Prospective adopters could not be found"
    RD4 = "RD4", "Any other reason"


class Adopters(models.TextChoices):
    """SEX_ADOPTR (rule 176); NB_ADOPTR (rule 175) follows from it: one adopter for M1 and F1, two for the rest
    (rule 511)."""

    M1 = "M1", "A single man"
    F1 = "F1", "A single woman"
    MF = "MF", "A couple: a man and a woman"
    MM = "MM", "A couple: two men"
    FF = "FF", "A couple: two women"


class AdoptersLegalStatus(models.TextChoices):
    """LS_ADOPTR (rule 177)."""

    L0 = "L0", "Single adopter"
    L11 = "L11", "Married couple of different sexes"
    L12 = "L12", "Married couple of the same sex"
    L2 = "L2", "Civil partners"
    L3 = "L3", "Unmarried couple of different sexes"
    L4 = "L4", "Unmarried couple of the same sex"


SINGLE_ADOPTERS = frozenset({Adopters.M1, Adopters.F1})

# LA_PERM (rule 633): the DfE three-digit numbers of the English authorities (999 among them, as the rule has it),
# and WAL, SCO, NIR and NUK for an order made in Wales, Scotland, Northern Ireland or outside the UK.
# fmt: off
ENGLISH_AUTHORITIES = frozenset((
    "800", "889", "822", "301", "304", "303", "330", "825", "837", "302", "846", "370", "350", "890", "867", "380",
    "305", "801", "351", "873", "823", "895", "896", "381", "909", "202", "908", "331", "306", "841", "830", "831",
    "878", "371", "835", "332", "840", "307", "308", "811", "881", "845", "390", "916", "203", "876", "850", "311",
    "204", "884", "312", "205", "313", "805", "919", "310", "309", "420", "921", "206", "207", "886", "810", "382",
    "314", "340", "888", "208", "856", "383", "855", "209", "925", "341", "201", "821", "352", "806", "887", "826",
    "315", "929", "812", "391", "926", "892", "813", "802", "928", "891", "392", "316", "815", "353", "931", "879",
    "836", "851", "874", "807", "354", "317", "870", "318", "372", "857", "333", "935", "343", "803", "373", "342",
    "893", "356", "355", "871", "394", "334", "933", "882", "936", "861", "852", "319", "860", "808", "393", "866",
    "210", "357", "894", "883", "880", "358", "211", "937", "869", "320", "359", "865", "384", "335", "336", "212",
    "868", "872", "885", "344", "877", "213", "938", "816", "999",
))
# fmt: on
OUTSIDE_ENGLAND = {"WAL": "Wales", "SCO": "Scotland", "NIR": "Northern Ireland", "NUK": "Outside the UK"}
PERMANENCE_AUTHORITIES = ENGLISH_AUTHORITIES | frozenset(OUTSIDE_ENGLAND)

# Placements for adoption (PLACE): with the child's current foster carers (A3, A5) or with others (A4, A6).
WITH_FOSTER_CARER = frozenset({"A3", "A5"})
NOT_WITH_FOSTER_CARER = frozenset({"A4", "A6"})
ADOPTION_PLACEMENTS = WITH_FOSTER_CARER | NOT_WITH_FOSTER_CARER
ADOPTED = frozenset({"E11", "E12"})  # REC: the period of care ended in adoption
PLACEMENT_ORDER = "E1"  # LS
