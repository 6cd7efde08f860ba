"""Hand-written 903 files for the validation tests: one invented child in foster care in Hackney (E09000012) from
June 2025. Postcodes are in Hackney: placing authority codes that are not in the validator's 2021 authority list
(Sheffield's E08000039, say) make rule 169 misfire."""

from __future__ import annotations

from pathlib import Path

from returns.tables import COLUMNS


def header_line(table: str) -> str:
    return ",".join(COLUMNS[table]) + "\n"


HEADER = header_line("Header")
EPISODES = header_line("Episodes")
CHILD_ROW = "Lc0001,F,14/02/2014,WBRI,A123456789012,0,\n"
EPISODE = "10/06/2025,S,C2,N1,U4,PR1,,,,E8 1DY,E8 2NS,XXXXXXX\n"
ONE_CHILD = {"Header.csv": HEADER + CHILD_ROW, "Episodes.csv": f"{EPISODES}Lc0001,{EPISODE}"}


def write_files(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory
