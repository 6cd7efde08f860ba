"""Issue 8's part of the build: the register of carers, the schools, the children's schooling and the placement
matches, after every other record (they read them all). Each part draws from a random stream of its own, derived
from the seed, so that the records built before them are the same as without them."""

from __future__ import annotations

import hashlib

from synthetic.care_attendance import AttendanceBuilder
from synthetic.care_education import EducationBuilder
from synthetic.care_matches import MatchBuilder
from synthetic.care_register import RegisterBuilder
from synthetic.care_schools import SchoolBuilder
from synthetic.mint import Mint
from synthetic.spec import Authority


def derived(seed: int, part: str) -> Mint:
    """A Mint for one part, its seed worked out from the build's seed and the part's name."""
    digest = hashlib.sha256(f"lantern-issue-8:{seed}:{part}".encode()).digest()
    return Mint(int.from_bytes(digest[:8], "big"))


def add_register_and_education(out: Authority) -> None:
    RegisterBuilder(derived(out.seed, "register"), out).build()
    schools = SchoolBuilder(derived(out.seed, "schools"), out).build()
    schooling = EducationBuilder(derived(out.seed, "schooling"), out, schools)
    followed = schooling.build()
    AttendanceBuilder(derived(out.seed, "attendance"), out).build(followed)
    MatchBuilder(derived(out.seed, "matches"), out, schooling, followed).build()
