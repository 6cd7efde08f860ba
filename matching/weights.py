"""The weights of matching's score, with Lantern's defaults. An authority changes any of them with the setting
LANTERN_MATCHING_WEIGHTS (a dict of name -> number, JSON in the environment variable of the same name); the weights
used are kept with each search, so an old ranking still reads as it was.

| weight | default | what it does, and why this default |
|---|---|---|
| skill_match | 10 | points for each needed skill the carer has (exploitation risk, missing, adolescents, trauma, disability, siblings, parent and child): skills are the heart of learning point 7 |
| skill_missing | -8 | points (negative) for each needed skill the carer lacks: nearly as strong, so an untrained carer sinks |
| school_near | 15 | points for a carer at the school's door, falling to 0 at `school_miles`: keeping the school is the strongest protective factor after the carer's skill |
| school_change | -20 | points when the carer is further than `school_miles` from the school to keep (the child would change school) |
| school_change_ks4 | -15 | further points when that change falls in Key Stage 4, which needs the nominated officer's approval (R5) |
| school_miles | 10 | the distance in miles beyond which a placement means a change of school |
| avoid_area | -40 | points for a carer in an area the child should stay away from (where they went missing to): strong enough to outweigh every skill |
| near_area | 8 | points for a carer in an area the child should be near (family, friends, activities) |
| support_match | 5 | points for each support the needs call for that the carer has (therapeutic support for trauma, out-of-hours for a missing pattern, waking night for high risk) |
| unplanned_endings | -20 | points times the share of the carer's past placements that ended unplanned (half ended unplanned: -10) |
| stable_record | 4 | points for a carer none of whose past placements ended unplanned |
| record_min_placements | 3 | the fewest past placements before the record counts either way (one bad ending says little) |
| in_authority | 5 | points for a carer inside the authority's area: nearer the child's network and services |
| family_setting | 6 | points for a family placement (foster or connected carer) when the child wants to live in a family |
| wish_stay_in_area | 6 | points for a carer inside the authority's area when the child wants to stay in it, and as many taken away for one outside it: the child's wish counts as much as a family setting |
| wish_same_school | 6 | points for a carer within `school_miles` of the school when the child wants to stay at it, and as many taken away for one further off (on top of `school_change`: the child's own wish, heard) |
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Weights:
    skill_match: float = 10.0
    skill_missing: float = -8.0
    school_near: float = 15.0
    school_change: float = -20.0
    school_change_ks4: float = -15.0
    school_miles: float = 10.0
    avoid_area: float = -40.0
    near_area: float = 8.0
    support_match: float = 5.0
    unplanned_endings: float = -20.0
    stable_record: float = 4.0
    record_min_placements: float = 3.0
    in_authority: float = 5.0
    family_setting: float = 6.0
    wish_stay_in_area: float = 6.0
    wish_same_school: float = 6.0


WEIGHT_NAMES = tuple(f.name for f in fields(Weights))


def weights_with(overrides: dict[str, Any]) -> Weights:
    """The defaults with `overrides` applied; an unknown name or a value that is not a number is refused."""
    unknown = set(overrides) - set(WEIGHT_NAMES)
    if unknown:
        raise ImproperlyConfigured(f"Unknown matching weights: {', '.join(sorted(unknown))}")
    values: dict[str, float] = {}
    for name, value in overrides.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ImproperlyConfigured(f"The matching weight {name} must be a number")
        values[name] = float(value)
    return replace(Weights(), **values)


def weights_from_settings() -> Weights:
    return weights_with(dict(getattr(settings, "LANTERN_MATCHING_WEIGHTS", None) or {}))


def weights_to_json(weights: Weights) -> dict[str, float]:
    return asdict(weights)


def weights_from_json(data: dict[str, Any]) -> Weights:
    return weights_with({k: v for k, v in data.items() if k in WEIGHT_NAMES})
