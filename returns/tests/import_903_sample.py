"""A hand-written SSDA903 return for 2025/26 (collection year 2026) to import: three invented children in Hackney.

- Lc0001, a girl in foster care from June 2025 who moved to a children's home (RNE P, REASON_PLACE_CHANGE CREQB),
  with a review and a missing episode;
- Lc0002, a boy under 4 looked after since February 2024 under section 20, then an interim and a full care order
  (RNE L, then U: the same foster carers moved house), who went home in January 2026 (REC E4A);
- Lc0003, a girl who is a mother (MOTHER 1, MC_DOB), whose first period of care ended in February 2026 after a
  move to a mother and baby unit (RNE B), and who became looked after again in March 2026 (a second RNE S), with
  three reviews and two missing episodes, one of them the same day.

The children's home and the mother and baby unit are on the register by their Ofsted URNs (REGISTERED_URNS)."""

from __future__ import annotations

from returns.tests.sample_return import header_line

YEAR = 2026
REGISTERED_URNS = {"SC123456": "Example Road Children's Home", "SC777777": "Example Family Centre"}

HEADER_ROWS = [
    "Lc0001,F,14/02/2014,WBRI,A123456789012,0,",
    "Lc0002,M,03/03/2023,BAFR,UN2,,",
    "Lc0003,F,05/09/2008,WOTH,,1,12/12/2024",
]
EPISODE_ROWS = [
    "Lc0001,10/06/2025,S,C2,N1,U4,PR1,01/09/2025,X1,CREQB,E8 1DY,E8 2NS,XXXXXXX",
    "Lc0001,01/09/2025,P,C2,N1,K2,PR4,,,,E8 1DY,E8 3QQ,SC123456",
    "Lc0002,01/02/2024,S,V2,N4,U6,PR1,15/05/2025,X1,,E9 5EN,E8 4BB,XXXXXXX",
    "Lc0002,15/05/2025,L,C1,N4,U6,PR1,01/08/2025,X1,CARPL,E9 5EN,E8 4BB,XXXXXXX",
    "Lc0002,01/08/2025,U,C2,N4,U6,PR1,10/01/2026,E4A,,E9 5EN,E8 1AB,XXXXXXX",
    "Lc0003,01/04/2024,S,V2,N5,U3,PR1,01/12/2025,X1,CHILD,E5 0LL,E5 8RT,XXXXXXX",
    "Lc0003,01/12/2025,B,C2,N5,R3,PR4,15/02/2026,E5,,E5 0LL,E8 2PB,SC777777",
    "Lc0003,01/03/2026,S,V2,N5,P1,PR0,,,,E5 0LL,E5 0LL,",
]
REVIEW_ROWS = [
    "Lc0001,14/02/2014,20/11/2025,PN6",
    "Lc0002,03/03/2023,01/10/2025,PN0",
    "Lc0003,05/09/2008,05/06/2025,PN1",
    "Lc0003,05/09/2008,01/12/2025,PN2",
    "Lc0003,05/09/2008,15/03/2026,PN1",
]
MISSING_ROWS = [
    "Lc0001,14/02/2014,M,03/07/2025,04/07/2025",
    "Lc0003,05/09/2008,A,10/01/2026,10/01/2026",
    "Lc0003,05/09/2008,M,20/01/2026,22/01/2026",
]


def table(name: str, rows: list[str]) -> str:
    return header_line(name) + "".join(f"{row}\n" for row in rows)


SAMPLE = {
    "Header.csv": table("Header", HEADER_ROWS),
    "Episodes.csv": table("Episodes", EPISODE_ROWS),
    "Reviews.csv": table("Reviews", REVIEW_ROWS),
    "Missing.csv": table("Missing", MISSING_ROWS),
}
