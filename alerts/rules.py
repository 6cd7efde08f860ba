"""When each alert is due: pure functions of the facts and the day, with their sources.

- A break-glass use must be reviewed by a manager afterwards (issue 3, OWASP ASVS 4.0 V7.2 and V8.1 on reviewing
  emergency access); one left unreviewed for BREAK_GLASS_REVIEW_DAYS ages into an alert to the managers who review it.
- A transfer summary must be signed off and acknowledged within 5 working days of the change of social worker
  (Lantern's rule from the Child R review, learning points 2, 3 and 8); after that it is overdue.
- A child on a third social worker within 12 months is flagged to the manager (Child R: ten workers in two years).
"""

from __future__ import annotations

from datetime import date, timedelta

BREAK_GLASS_REVIEW_DAYS = 2


def break_glass_overdue(used_on: date, reviewed: bool, today: date) -> bool:
    return not reviewed and today - used_on >= timedelta(days=BREAK_GLASS_REVIEW_DAYS)


def transfer_overdue(due_on: date, complete: bool, today: date) -> bool:
    return not complete and today > due_on
