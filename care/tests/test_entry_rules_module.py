"""care/entry_rules.py on its own: what each rule refuses, what it lets through at the edge, and what it says."""

from __future__ import annotations

from datetime import date as D

from care import entry_rules as rules
from care.entry_rules import Span

ROBIN = rules.Child(name="Robin", born=D(2014, 9, 1))
UNKNOWN_BIRTH = rules.Child(name="Robin", born=None)


def test_overlapping_records_of_one_kind_are_refused() -> None:
    fostered = Span(D(2024, 1, 10))
    refusal = rules.overlap("placement", Span(D(2024, 6, 3)), [fostered], may_touch=True)
    assert refusal == rules.Refusal(
        "start_date", "This placement overlaps the placement from 10/01/2024: end that one first"
    )
    ended = Span(D(2024, 1, 10), D(2024, 6, 3))
    assert rules.overlap("placement", Span(D(2024, 6, 3)), [ended], may_touch=True) is None
    assert rules.overlap("placement", Span(D(2024, 1, 10), D(2024, 1, 10)), [ended], may_touch=True)
    assert rules.overlap("period of care", Span(D(2024, 6, 3)), [ended], may_touch=False) is not None
    assert rules.overlap("period of care", Span(D(2024, 6, 4)), [ended], may_touch=False) is None


def test_a_legal_status_or_placement_falls_within_a_period_of_care() -> None:
    periods = [Span(D(2020, 1, 1), D(2021, 1, 1)), Span(D(2024, 1, 10))]
    assert rules.outside_care("placement", Span(D(2024, 2, 1), D(2025, 1, 1)), periods) is None
    assert rules.outside_care("placement", Span(D(2020, 6, 1), D(2021, 1, 1)), periods) is None
    refusal = rules.outside_care("legal status", Span(D(2020, 6, 1)), periods)
    assert refusal is not None and refusal.field == "start_date"
    assert refusal.message.startswith("A legal status must fall within a period of care")
    assert rules.outside_care("placement", Span(D(2023, 12, 1), D(2024, 2, 1)), periods) is not None
    assert rules.outside_care("placement", Span(D(2024, 2, 1)), []) is not None


def test_a_period_changed_must_still_hold_its_records() -> None:
    records = [
        ("placement", Span(D(2024, 1, 10))),
        ("looked-after review", Span(D(2024, 2, 5), D(2024, 2, 5))),
    ]
    refusal = rules.left_outside(Span(D(2024, 1, 10), D(2024, 6, 1)), Span(D(2024, 1, 10)), records, [])
    assert refusal == rules.Refusal(
        "end_date",
        "The placement from 10 Jan 2024 would then fall outside the period of care: change or remove that "
        "placement first",
    )
    later_start = rules.left_outside(Span(D(2024, 3, 1)), Span(D(2024, 1, 10)), records[1:], [])
    assert later_start is not None and later_start.field == "start_date"
    assert "The looked-after review of 5 Feb 2024 would then fall outside" in later_start.message
    assert rules.left_outside(Span(D(2024, 1, 1)), Span(D(2024, 1, 10)), records, []) is None
    assert rules.left_outside(Span(D(2024, 1, 10)), None, records, []) is None, (
        "a new period holds nothing yet"
    )
    other = [Span(D(2024, 6, 2))]
    assert (
        rules.left_outside(Span(D(2024, 1, 10), D(2024, 6, 1)), Span(D(2024, 1, 10)), records[1:], other)
        is None
    )


def test_a_review_is_held_while_the_child_is_looked_after() -> None:
    periods = [Span(D(2024, 1, 10), D(2024, 9, 1))]
    assert rules.review_outside_care(D(2024, 9, 1), periods, ROBIN) is None
    refusal = rules.review_outside_care(D(2024, 9, 2), periods, ROBIN)
    assert refusal == rules.Refusal(
        "held_on",
        "This review is dated 2 Sep 2024, when Robin was not looked after: check the date, or record the period "
        "of care first",
    )
    assert rules.review_outside_care(D(2024, 1, 9), periods, ROBIN) is not None


def test_pn0_is_for_a_child_under_four_at_the_review() -> None:
    """Rules 440 and 441: Robin turned 4 on 1 Sep 2018; on that day either code passes."""
    assert rules.review_participation(D(2018, 8, 31), "PN0", ROBIN) is None
    assert rules.review_participation(D(2018, 9, 1), "PN0", ROBIN) is None
    assert rules.review_participation(D(2018, 9, 1), "PN1", ROBIN) is None
    late = rules.review_participation(D(2018, 9, 2), "PN0", ROBIN)
    assert late is not None and late.field == "participation"
    assert late.message.startswith("PN0 is for a child under 4: Robin turned 4 on 1 Sep 2018")
    early = rules.review_participation(D(2018, 8, 31), "PN1", ROBIN)
    assert early == rules.Refusal(
        "participation", "Robin was under 4 at this review (4 on 1 Sep 2018): choose PN0"
    )
    assert rules.review_participation(D(2018, 8, 31), "PN1", UNKNOWN_BIRTH) is None


def test_retired_placement_types_only_for_placements_ended_in_time() -> None:
    """Rule 217t: P2 until 28 Oct 2023; rule 146 (2025/26): H5 and Z1 until 31 Mar 2025."""
    assert rules.retired_placement("Z1", Span(D(2024, 1, 10), D(2025, 3, 31))) is None
    goes_on = rules.retired_placement("Z1", Span(D(2024, 1, 10)))
    assert goes_on == rules.Refusal(
        "place",
        "Z1 is not a placement type from 1 Apr 2025 and this placement goes on after then: end it by 31 Mar 2025 "
        "and record the placement that follows, as one of Z11 to Z14",
    )
    starts = rules.retired_placement("Z1", Span(D(2025, 4, 1), D(2025, 5, 1)))
    assert starts is not None
    assert (
        starts.message
        == "Z1 is not a placement type from 1 Apr 2025, before this placement starts: choose one of Z11 to Z14"
    )
    assert rules.retired_placement("H5", Span(D(2023, 1, 1), D(2025, 4, 1))) is not None
    assert rules.retired_placement("P2", Span(D(2023, 1, 1), D(2023, 10, 28))) is None
    assert rules.retired_placement("P2", Span(D(2023, 1, 1), D(2023, 10, 29))) is not None
    assert rules.retired_placement("U4", Span(D(2025, 4, 1))) is None
    assert rules.retired_placement("Z11", Span(D(2025, 4, 1))) is None


def test_placement_types_with_a_minimum_age() -> None:
    """K3 from 16 (rule 371), P3 from 14 (374), R5 from 10 (372), S1 from 4 (373), each from the birthday."""
    assert rules.placement_too_young("K3", D(2030, 9, 1), ROBIN) is None
    refusal = rules.placement_too_young("K3", D(2030, 8, 31), ROBIN)
    assert refusal == rules.Refusal(
        "place",
        "This placement starts on 31 Aug 2030, before Robin’s 16th birthday (1 Sep 2030): a child placed in "
        "supported accommodation (K3) must be 16 or over",
    )
    assert rules.placement_too_young("P3", D(2028, 8, 31), ROBIN) is not None
    assert rules.placement_too_young("R5", D(2024, 8, 31), ROBIN) is not None
    assert rules.placement_too_young("R5", D(2024, 9, 1), ROBIN) is None
    assert rules.placement_too_young("S1", D(2018, 8, 31), ROBIN) is not None
    assert rules.placement_too_young("U4", D(2015, 1, 1), ROBIN) is None
    assert rules.placement_too_young("K3", D(2020, 1, 1), UNKNOWN_BIRTH) is None


def test_youth_justice_legal_statuses_start_after_the_tenth_birthday() -> None:
    """Rule 358 refuses J1, J2 or J3 starting on or before the 10th birthday."""
    assert rules.legal_status_too_young("J1", D(2024, 9, 2), ROBIN) is None
    refusal = rules.legal_status_too_young("J2", D(2024, 9, 1), ROBIN)
    assert refusal is not None and refusal.field == "code"
    assert refusal.message.startswith(
        "J2 starts on 1 Sep 2024, when Robin was not yet over 10 (10 on 1 Sep 2024)"
    )
    assert rules.legal_status_too_young("C2", D(2015, 1, 1), ROBIN) is None


def test_short_legal_statuses_end_in_time() -> None:
    """L1 at most 3 days (361), L2 21 (362), L3 7 (363), J2 21 (364), V3 17 (365); an open one is not judged."""
    assert rules.legal_status_too_long("L1", Span(D(2024, 1, 10), D(2024, 1, 13))) is None
    refusal = rules.legal_status_too_long("L1", Span(D(2024, 1, 10), D(2024, 1, 14)))
    assert refusal == rules.Refusal(
        "end_date",
        "Police protection lasts at most 72 hours: this L1 runs 4 days, from 10 Jan 2024 to 14 Jan 2024",
    )
    assert rules.legal_status_too_long("L2", Span(D(2024, 1, 1), D(2024, 1, 22))) is None
    assert rules.legal_status_too_long("L2", Span(D(2024, 1, 1), D(2024, 1, 23))) is not None
    assert rules.legal_status_too_long("L3", Span(D(2024, 1, 1), D(2024, 1, 9))) is not None
    assert rules.legal_status_too_long("J2", Span(D(2024, 1, 1), D(2024, 1, 23))) is not None
    assert rules.legal_status_too_long("V3", Span(D(2024, 1, 1), D(2024, 1, 18))) is None
    assert rules.legal_status_too_long("V3", Span(D(2024, 1, 1), D(2024, 1, 19))) is not None
    assert rules.legal_status_too_long("L2", Span(D(2024, 1, 1))) is None
    assert rules.legal_status_too_long("C2", Span(D(2024, 1, 1), D(2026, 1, 1))) is None


def test_a_child_cannot_start_to_be_looked_after_at_eighteen() -> None:
    """Rule 352."""
    assert rules.care_starts_too_old(D(2032, 8, 31), ROBIN) is None
    refusal = rules.care_starts_too_old(D(2032, 9, 1), ROBIN)
    assert refusal is not None and refusal.field == "start_date"
    assert "on or after Robin’s 18th birthday (1 Sep 2032)" in refusal.message


def test_the_provider_can_provide_the_placement() -> None:
    """Rules 527-531 and 550."""
    assert rules.provider_mismatch("U4", "PR1") is None
    assert rules.provider_mismatch("P1", "PR0") is None
    assert rules.provider_mismatch("U4", "PR0") == rules.Refusal(
        "provider", "PR0 (a parent) provides only P1 placements, not U4: choose the provider"
    )
    for provider in ("PR1", "PR2", "PR3", "PR4", "PR5"):
        assert rules.provider_mismatch("P1", provider) == rules.Refusal(
            "provider", "A placement with parents (P1) is provided by PR0 (the parent)"
        )
    assert rules.provider_mismatch("R5", "PR1") == rules.Refusal(
        "provider", "PR1 cannot provide R5 placements: choose the provider"
    )
    assert rules.provider_mismatch("R5", "PR3") is None
    assert rules.provider_mismatch("K2", "PR3") is not None
    assert rules.provider_mismatch("K2", "PR4") is None


def test_birthdays_of_a_leap_day_child() -> None:
    assert rules.birthday(D(2012, 2, 29), 4) == D(2016, 2, 29)
    assert rules.birthday(D(2012, 2, 29), 1) == D(2013, 2, 28)
    assert rules.day(D(2024, 3, 3)) == "3 Mar 2024"


def test_no_placement_with_parents_under_section_20() -> None:
    """Rule 378: P1 and V2 held at once; the day one ends and the other begins is a change, not both at once."""
    v2 = ("V2", Span(D(2024, 1, 10), D(2024, 3, 1)))
    home = ("P1", Span(D(2024, 2, 1)))
    assert rules.placed_at_home_under_section_20([home], [v2]) == (home[1], v2[1])
    assert rules.placed_at_home_under_section_20([("P1", Span(D(2024, 3, 1)))], [v2]) is None
    assert rules.placed_at_home_under_section_20([("U4", Span(D(2024, 2, 1)))], [v2]) is None
    assert rules.placed_at_home_under_section_20([home], [("C2", v2[1])]) is None
    refusal = rules.section_20_refusal((home[1], v2[1]), saving="placement")
    assert refusal == rules.Refusal(
        "place",
        "The child is accommodated under section 20 (V2 from 10 Jan 2024 to 1 Mar 2024): a placement with parents "
        "(P1) at the same time cannot be recorded. End the V2 status or choose the placement type",
    )
    refusal = rules.section_20_refusal((home[1], v2[1]), saving="legal status")
    assert refusal is not None and refusal.field == "code"
    assert refusal.message.startswith("The child is placed with parents (P1 from 1 Feb 2024)")
    assert rules.section_20_refusal(None, saving="placement") is None
