"""DfE code lists used on a child's identity (SSDA903 ETHNIC and SEX; CBDS UPN-unknown reasons)."""

from django.db import models


class Sex(models.TextChoices):
    """SSDA903 SEX from 2024/25 (rule 101): M, F, U."""

    MALE = "M", "Male"
    FEMALE = "F", "Female"
    UNKNOWN = "U", "Not known or other"


class Ethnicity(models.TextChoices):
    """SSDA903 ETHNIC codes (DfE, rule 103)."""

    WBRI = "WBRI", "White British"
    WIRI = "WIRI", "White Irish"
    WOTH = "WOTH", "Any other White background"
    WIRT = "WIRT", "Traveller of Irish heritage"
    WROM = "WROM", "Gypsy/Roma"
    MWBC = "MWBC", "White and Black Caribbean"
    MWBA = "MWBA", "White and Black African"
    MWAS = "MWAS", "White and Asian"
    MOTH = "MOTH", "Any other mixed background"
    AIND = "AIND", "Indian"
    APKN = "APKN", "Pakistani"
    ABAN = "ABAN", "Bangladeshi"
    AOTH = "AOTH", "Any other Asian background"
    BCRB = "BCRB", "Black Caribbean"
    BAFR = "BAFR", "Black African"
    BOTH = "BOTH", "Any other Black background"
    CHNE = "CHNE", "Chinese"
    OOTH = "OOTH", "Any other ethnic group"
    REFU = "REFU", "Refused"
    NOBT = "NOBT", "Information not yet obtained"


class UpnUnknown(models.TextChoices):
    UN1 = "UN1", "UN1: child is now adopted"
    UN2 = "UN2", "UN2: child not of school age and not yet had a UPN"
    UN3 = "UN3", "UN3: child is not in school (e.g. educated at home)"
    UN4 = "UN4", "UN4: UPN or former UPN not known"
    UN5 = "UN5", "UN5: sources collating UPNs reflect a wrong UPN"


class LegalStatus(models.TextChoices):
    """SSDA903 LS codes."""

    C1 = "C1", "Interim care order"
    C2 = "C2", "Full care order"
    D1 = "D1", "Freeing order granted"
    E1 = "E1", "Placement order granted"
    J1 = "J1", "Remanded to local authority or youth detention accommodation"
    J2 = "J2", "Placed under police protection and in local authority accommodation (PACE)"
    J3 = "J3", "Sentenced to youth rehabilitation order with residence or fostering requirement"
    L1 = "L1", "Under police protection and in local authority accommodation"
    L2 = "L2", "Emergency protection order"
    L3 = "L3", "Child assessment order and in local authority accommodation"
    V2 = "V2", "Single period of accommodation under section 20"
    V3 = "V3", "Accommodated under an agreed series of short-term breaks (episodes)"
    V4 = "V4", "Accommodated under an agreed series of short-term breaks (agreements)"


class NameKind(models.TextChoices):
    ALIAS = "alias", "Alias"
    NICKNAME = "nickname", "Nickname"
    PREVIOUS = "previous", "Previous name"
    BIRTH = "birth", "Name at birth"
    OTHER = "other", "Other name"
