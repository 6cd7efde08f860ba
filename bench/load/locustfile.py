"""The load test's simulated users (`make load`, driven by bench/load/run.py): social workers who browse their own
caseloads, open and change their children's records, add people and relationships, and record visits and case notes,
and a few team managers who read their teams' caseloads.

Environment (set by run.py):
- LANTERN_LOAD_SIGNINS: the JSON written by `lantern load-signins` (usernames; each simulated user takes one);
- LANTERN_LOAD_PASSWORD: their password;
- LANTERN_LOAD_WRITES: a file to which every successful write is appended as one JSON line (user, task, child,
  request id, what was sent, and the record written when the redirect names it), so that run.py can find each one
  in the audit log and the records afterwards;
- LANTERN_LOAD_STATS: where to write the final figures as JSON when locust quits (after the users have stopped,
  unlike its CSV files, which are written once a second and may miss the last requests).

Every response must be the expected 200, or the expected redirect; anything else is a failure. Nothing is ever
retried, least of all a sign-in (django-axes locks an address out after 5 failures).
"""

from __future__ import annotations

import html
import json
import math
import os
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser

SIGN_IN = "/sign-in/"
CASELOAD = "/children/"
TEAM = "/team/"
CHILD_LINK = re.compile(r'<a class="govuk-link" href="/children/([0-9a-f-]{36})/">([^<]+)</a>')
# A caseload row: the child's link, the local ID, then the date of birth ("3 Feb 2024"), which no record predates.
BORN_ON = re.compile(
    r'href="/children/([0-9a-f-]{36})/">[^<]*</a></td>\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>(\d{1,2} \w{3} \d{4})</td>'
)
UUID = "[0-9a-f-]{36}"
LONDON = ZoneInfo("Europe/London")  # the site's TIME_ZONE: its "today", which no visit or note may follow
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}

# Invented values only: Ofcom keeps 01632 960000-960999 for drama, so these numbers reach no one.
FORENAMES = ("Ada", "Bram", "Cleo", "Dev", "Esme", "Finn", "Gwen", "Hal", "Iris", "Jude", "Kit", "Lyra")
SURNAMES = ("Ashdown", "Brightwell", "Carrow", "Dunmore", "Elsworth", "Fenwick", "Gatley", "Hollins")
FAMILY_FRIENDS = ("friend", "aunt_uncle", "carer", "grandparent")
BETWEEN_ADULTS = ("partner", "former_partner", "friend")
VISIT_NOTES = (
    "Load test visit (invented). Spent time with the child in their room; they showed me a drawing.",
    "Load test visit (invented). Talked about school and the weekend; the child seemed settled.",
    "Load test visit (invented). Walked to the park together; talked about contact arrangements.",
    "Load test visit (invented). Met the child after school; they asked about the next review.",
)
CASE_NOTES = (
    ("Phone call with the carer (invented)", "Load test note. The carer says the week has gone well."),
    ("Email from school (invented)", "Load test note. Attendance is good; a parents' evening is coming up."),
    ("Contact arrangements (invented)", "Load test note. Next family time agreed for Saturday afternoon."),
    ("Health appointment (invented)", "Load test note. Dental check booked; the carer will take the child."),
)


@dataclass
class Form:
    """One HTML form as a browser would submit it: each field's current value, and each select's options."""

    action: str | None
    method: str
    values: dict[str, str] = field(default_factory=dict)
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


class FormParser(HTMLParser):
    """Reads the forms of a page: inputs (checked checkboxes only), selects (the selected option, else the first,
    as a browser does) and textareas."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._select: str | None = None
        self._selected: str | None = None
        self._option: str | None = None
        self._option_label = ""
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(Form(action=a.get("action"), method=a.get("method", "get").lower()))
            return
        if not self.forms:
            return
        form, name = self.forms[-1], a.get("name", "")
        if tag == "input" and name:
            if a.get("type") == "checkbox":
                if "checked" in a:
                    form.values[name] = a.get("value") or "on"
            else:
                form.values[name] = a.get("value", "")
        elif tag == "select" and name:
            self._select, self._selected = name, None
            form.options[name] = []
        elif tag == "option" and self._select is not None:
            self._option, self._option_label = a.get("value", ""), ""
            if "selected" in a:
                self._selected = self._option
        elif tag == "textarea" and name:
            self._textarea = name
            form.values[name] = ""

    def handle_data(self, data: str) -> None:
        if self._option is not None:
            self._option_label += data
        elif self._textarea is not None:
            self.forms[-1].values[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self._select is not None and self._option is not None:
            self.forms[-1].options[self._select].append((self._option, self._option_label.strip()))
            self._option = None
        elif tag == "select" and self._select is not None:
            choices = self.forms[-1].options[self._select]
            chosen = self._selected if self._selected is not None else (choices[0][0] if choices else "")
            self.forms[-1].values[self._select] = chosen
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def page_form(page: str) -> Form | None:
    """The page's own POST form: the one without an action (the sign-out button in the header has one)."""
    parser = FormParser()
    parser.feed(page)
    return next((f for f in parser.forms if f.method == "post" and not f.action), None)


def invented_phone(other_than: str) -> str:
    """A new number (always a change, so that every save writes exactly one audit row)."""
    while True:
        phone = f"01632 960{random.randrange(1000):03d}"  # noqa: S311 - invented test data, not a secret
        if phone != other_than:
            return phone


def redirected(location: str | None, expected: str | re.Pattern[str]) -> dict[str, str] | None:
    """The groups of the expected redirect that `location` is (none for an exact address), or None if it is not."""
    if location is None:
        return None
    if isinstance(expected, str):
        return {} if location == expected else None
    matched = expected.fullmatch(location)
    return {k: v for k, v in matched.groupdict().items() if v is not None} if matched else None


def typed(day: date) -> str:
    """A date as a worker types it into a date box: d/m/Y (27/3/2007)."""
    return f"{day.day}/{day.month}/{day.year}"


class Pool:
    """The seeded usernames, each handed to one simulated user only."""

    def __init__(self) -> None:
        path = os.environ.get("LANTERN_LOAD_SIGNINS", "")
        document = json.loads(Path(path).read_text()) if path else {}
        self.free: dict[str, list[str]] = {
            "social_workers": list(document.get("social_workers", [])),
            "team_managers": list(document.get("team_managers", [])),
        }
        self.sign_in_failed = False

    def take(self, kind: str) -> str | None:
        free = self.free[kind]
        return free.pop(0) if free else None


class SteadyState:
    """Exact response times of the requests started once every simulated user has signed in: the ramp-up (each
    sign-in hashes a password on purpose, and they all come within seconds) is reported apart from it."""

    def __init__(self) -> None:
        self.started = time.time()
        self.signed_in = 0
        self.since: float | None = None
        self.times: dict[str, list[float]] = {}
        self.failures: dict[str, int] = {}

    def user_ready(self, environment: Any) -> None:
        self.signed_in += 1
        if self.since is None and self.signed_in >= environment.runner.target_user_count:
            self.since = time.time()

    def add(self, key: str, response_time: float, failed: bool) -> None:
        self.times.setdefault(key, []).append(response_time)
        self.failures[key] = self.failures.get(key, 0) + failed

    def figures(self, times: list[float], failures: int, seconds: float) -> dict[str, Any]:
        ordered = sorted(times)

        def percentile(p: float) -> float:
            return round(ordered[max(0, math.ceil(p * len(ordered)) - 1)], 1) if ordered else 0.0

        return {
            "requests": len(ordered),
            "failures": failures,
            "rps": round(len(ordered) / seconds, 2) if seconds > 0 else 0.0,
            "p50_ms": percentile(0.5),
            "p95_ms": percentile(0.95),
            "p99_ms": percentile(0.99),
            "max_ms": percentile(1.0),
        }

    def report(self) -> dict[str, Any]:
        if self.since is None:
            return {}
        seconds = time.time() - self.since
        every = [t for times in self.times.values() for t in times]
        return {
            "from_second": round(self.since - self.started, 1),
            "seconds": round(seconds, 1),
            "total": self.figures(every, sum(self.failures.values()), seconds),
            "by_name": {
                key: self.figures(times, self.failures[key], seconds)
                for key, times in sorted(self.times.items())
            },
        }


POOL = Pool()
STEADY = SteadyState()
PASSWORD = os.environ.get("LANTERN_LOAD_PASSWORD", "")
_WRITES_LOCK = threading.Lock()


def record_write(entry: dict[str, Any]) -> None:
    path = os.environ.get("LANTERN_LOAD_WRITES")
    if not path:
        return
    with _WRITES_LOCK, open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


class LanternUser(FastHttpUser):
    """Signs in once as a seeded user of its kind, then runs its tasks with a few seconds' thought between."""

    abstract = True
    pool_kind = "social_workers"
    wait_time = between(1, 4)
    network_timeout = 30.0
    connection_timeout = 10.0

    def on_start(self) -> None:
        self.username = ""
        self.children: dict[str, str] = {}
        self.born: dict[str, date] = {}
        if POOL.sign_in_failed:
            raise StopUser
        username = POOL.take(self.pool_kind)
        if username is None:
            self.fail_without_request("sign in", f"no seeded {self.pool_kind} left for this simulated user")
            raise StopUser
        self.username = username
        self.sign_in()
        self.read_caseload(CASELOAD, "caseload")
        STEADY.user_ready(self.environment)

    def fail_without_request(self, name: str, message: str) -> None:
        self.environment.events.request.fire(
            request_type="SETUP",
            name=name,
            response_time=0,
            response_length=0,
            response=None,
            context={},
            exception=RuntimeError(message),
        )

    def sign_in(self) -> None:
        page = self.page(SIGN_IN, name="sign-in page")
        form = page_form(page) if page else None
        if form is None:
            POOL.sign_in_failed = True
            raise StopUser
        values = {**form.values, "username": self.username, "password": PASSWORD}
        with self.client.post(
            SIGN_IN,
            name="sign in",
            data=urlencode(values),
            headers=FORM_HEADERS,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302 and response.headers.get("Location") == CASELOAD:
                response.success()
                return
            response.failure(f"answered {response.status_code}, not the redirect to {CASELOAD}")
        POOL.sign_in_failed = True  # the others do not try: five failures lock out 127.0.0.1
        raise StopUser

    def page(self, path: str, *, name: str, params: Mapping[str, str] | None = None) -> str | None:
        """GET a page that must answer 200 (a redirect, to the sign-in page say, is a failure); its HTML or None."""
        url = f"{path}?{urlencode(params)}" if params else path
        with self.client.get(url, name=name, allow_redirects=False, catch_response=True) as response:
            text = response.text or ""
            if response.status_code == 200 and "</html>" in text:
                response.success()
                return text
            location = response.headers.get("Location", "") if response.headers else ""
            response.failure(f"answered {response.status_code} {location}".strip())
        return None

    def submit(
        self,
        path: str,
        *,
        name: str,
        child: str,
        changes: Callable[[Form], dict[str, str] | None],
        redirect: str | re.Pattern[str] | None = None,
        landing: str = "child page",
    ) -> dict[str, str] | None:
        """Open a form, change what `changes` returns (None: nothing to do here), post it with the form's hidden
        fields (CSRF token, record versions), and expect the redirect `redirect`: by default the child's page; a
        pattern must match the whole address, and its group `record`, if it has one, is the id of the record
        written. The page redirected to is then opened (named `landing`). A success is appended to the writes file.
        Returns what was changed, or None."""
        page = self.page(path, name=f"{name} (form)")
        form = page_form(page) if page else None
        if form is None:
            return None
        changed = changes(form)
        if changed is None:
            return None
        values = {**form.values, **changed}
        request_id = str(uuid.uuid4())
        expected = redirect if redirect is not None else f"/children/{child}/"
        with self.client.post(
            path,
            name=name,
            data=urlencode(values),
            headers={**FORM_HEADERS, "X-Request-ID": request_id},
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = response.headers.get("Location") if response.headers else None
            found = redirected(location, expected) if response.status_code == 302 else None
            if location is None or found is None:
                summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', response.text or "", re.S)
                shown = re.findall(r"<li>(.*?)</li>", summary.group(1), re.S) if summary else []
                errors = [html.unescape(re.sub(r"<[^>]+>", "", error)).strip() for error in shown]
                response.failure(f"answered {response.status_code} {location or ''} {errors[:2]}")
                return None
            response.success()
        record_write(
            {
                "user": self.username,
                "task": name,
                "child": child,
                "request_id": request_id,
                "versions": {k: values[k] for k in ("version", "child_version") if k in values},
                "changed": changed,
                "record": found.get("record"),
            }
        )
        self.page(location.split("#", 1)[0], name=landing)
        return changed

    def read_caseload(self, path: str, name: str) -> None:
        page = self.page(path, name=name)
        if page is not None:
            self.children = {pk: html.unescape(label) for pk, label in CHILD_LINK.findall(page)}
            self.born.update(
                (pk, datetime.strptime(day, "%d %b %Y").date()) for pk, day in BORN_ON.findall(page)
            )

    def pick_child(self) -> str | None:
        if not self.children:
            self.read_caseload(CASELOAD, "caseload")
        return random.choice(list(self.children)) if self.children else None  # noqa: S311 - not a secret

    def open_child(self) -> None:
        child = self.pick_child()
        if child is not None:
            self.page(f"/children/{child}/", name="child page")

    def search(self) -> None:
        child = self.pick_child()
        if child is not None:
            surname = self.children[child].split()[-1]
            self.page("/search/", name="search", params={"q": surname})


class SocialWorker(LanternUser):
    """A social worker on their own caseload: no other simulated user is allocated to any of these children.

    The weights make the mix about two thirds reads: of every 20 tasks, 13 read a page, and the writes (each a form,
    the post and the page it leads to) are 2 changes of a child's details, 2 case notes, 1 visit, 1 person and 1
    relationship, each a few per cent of the requests."""

    weight = 9

    @task(6)
    def caseload(self) -> None:
        self.read_caseload(CASELOAD, "caseload")

    @task(5)
    def child_page(self) -> None:
        self.open_child()

    @task(2)
    def search_for_a_child(self) -> None:
        self.search()

    @task(2)
    def change_child_details(self) -> None:
        child = self.pick_child()
        if child is not None:
            self.submit(
                f"/children/{child}/edit/",
                name="change child details",
                child=child,
                changes=lambda form: {"phone": invented_phone(form.values.get("phone", ""))},
            )

    @task(1)
    def add_a_person(self) -> None:
        child = self.pick_child()
        if child is not None and self.submit(
            f"/children/{child}/people/new/",
            name="add a person",
            child=child,
            changes=lambda form: {
                "forename": random.choice(FORENAMES),  # noqa: S311 - invented test data
                "surname": random.choice(SURNAMES),  # noqa: S311
                "kind": random.choice(FAMILY_FRIENDS),  # noqa: S311
                "direction": "to_child",
                "description": "Added during a load test (invented).",
            },
        ):
            self.with_people_added.add(child)

    @task(1)
    def add_a_relationship(self) -> None:
        if not self.with_people_added:
            self.add_a_person()
            return
        child = random.choice(sorted(self.with_people_added))  # noqa: S311 - not a secret
        self.submit(
            f"/children/{child}/relationships/new/",
            name="add a relationship",
            child=child,
            changes=lambda form: self.new_relationship(form, child),
        )

    @task(1)
    def add_a_visit(self) -> None:
        child = self.pick_child()
        if child is not None:
            self.submit(
                f"/children/{child}/visits/new/",
                name="add a visit",
                child=child,
                changes=lambda form: self.new_visit(form, child),
                redirect=re.compile(rf"/children/{child}/visits/#record-(?P<record>{UUID})"),
                landing="visits",
            )

    @task(2)
    def add_a_case_note(self) -> None:
        child = self.pick_child()
        if child is not None:
            self.submit(
                f"/children/{child}/notes/new/",
                name="add a case note",
                child=child,
                changes=lambda form: self.new_case_note(child),
                redirect=f"/children/{child}/notes/",
                landing="case notes",
            )

    def recent_day(self, child: str) -> date:
        """Today or a day in the week before (in the site's time zone), never before the child was born."""
        today = datetime.now(LONDON).date()
        earliest = max(today - timedelta(days=6), self.born.get(child, today - timedelta(days=6)))
        return earliest + timedelta(days=random.randrange(max(0, (today - earliest).days) + 1))  # noqa: S311

    def new_visit(self, form: Form, child: str) -> dict[str, str]:
        """A visit by this worker (the form's default visitor, not changed here) at which the child was seen, alone
        half of the time. An unticked box is not sent, as a browser leaves it out."""
        places = [value for value, _ in form.options.get("where", []) if value]
        visit = {
            "visited_on": typed(self.recent_day(child)),
            "where": random.choice(places) if places else form.values.get("where", ""),  # noqa: S311
            "seen": "on",
            "notes": random.choice(VISIT_NOTES),  # noqa: S311 - invented test data
        }
        if random.random() < 0.5:  # noqa: S311
            visit["seen_alone"] = "on"
        return visit

    def new_case_note(self, child: str) -> dict[str, str]:
        """A case note, one in ten marked significant (which puts it in the child's chronology)."""
        subject, body = random.choice(CASE_NOTES)  # noqa: S311 - invented test data
        note = {"occurred_on": typed(self.recent_day(child)), "subject": subject, "body": body}
        if random.random() < 0.1:  # noqa: S311
            note["significant"] = "on"
        return note

    def new_relationship(self, form: Form, child: str) -> dict[str, str] | None:
        """A relationship between someone this worker added (their invented surnames are not the seed's) and
        another adult around the child. The person added is related to nobody but one of this worker's children
        and those recorded here, so neither end is one of the worker's children (a sibling on the same caseload
        appears around the child too)."""
        people = [
            (value, label) for value, label in form.options.get("person_a", []) if value and value != child
        ]
        added = [value for value, label in people if label.split()[-1] in SURNAMES]
        others = [value for value, _ in people if value not in self.children]
        for person_a in random.sample(added, len(added)):
            for person_b in random.sample(others, len(others)):
                kind = random.choice(BETWEEN_ADULTS)  # noqa: S311 - invented test data
                if person_b != person_a and (person_a, person_b, kind) not in self.related:
                    self.related.add((person_a, person_b, kind))
                    return {"person_a": person_a, "person_b": person_b, "kind": kind}
        return None

    def on_start(self) -> None:
        self.related: set[tuple[str, str, str]] = set()
        self.with_people_added: set[str] = set()
        super().on_start()


class TeamManager(LanternUser):
    """A team manager reading the team's caseloads (read only, so never in a simulated worker's way)."""

    pool_kind = "team_managers"
    abstract = not POOL.free["team_managers"]
    fixed_count = len(POOL.free["team_managers"])

    @task(4)
    def team(self) -> None:
        self.read_caseload(TEAM, "team")

    @task(1)
    def caseload(self) -> None:
        self.page(CASELOAD, name="caseload")

    @task(4)
    def child_page(self) -> None:
        if not self.children:
            self.read_caseload(TEAM, "team")
        if self.children:
            self.page(f"/children/{random.choice(list(self.children))}/", name="child page")  # noqa: S311

    @task(1)
    def search_for_a_child(self) -> None:
        if not self.children:
            self.read_caseload(TEAM, "team")
        self.search()


def figures(entry: Any) -> dict[str, Any]:
    return {
        "method": entry.method,
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "rps": round(entry.total_rps, 2),
        "p50_ms": entry.get_response_time_percentile(0.5),
        "p95_ms": entry.get_response_time_percentile(0.95),
        "p99_ms": entry.get_response_time_percentile(0.99),
        "max_ms": round(entry.max_response_time or 0, 1),
    }


@events.request.add_listener
def time_steady_state(
    request_type: str,
    name: str,
    response_time: float,
    exception: Any,
    start_time: float | None = None,
    **_: Any,
) -> None:
    if STEADY.since is not None and start_time is not None and start_time >= STEADY.since:
        STEADY.add(f"{request_type} {name}", response_time, exception is not None)


@events.quitting.add_listener
def write_figures(environment: Any, **_: Any) -> None:
    path = os.environ.get("LANTERN_LOAD_STATS")
    if not path:
        return
    stats = environment.stats
    document = {
        "total": figures(stats.total),
        "by_name": {f"{e.method} {e.name}": {"name": e.name, **figures(e)} for e in stats.entries.values()},
        "errors": [
            {"method": e.method, "name": e.name, "error": str(e.error), "occurrences": e.occurrences}
            for e in stats.errors.values()
        ],
        "steady": STEADY.report(),
    }
    Path(path).write_text(json.dumps(document, indent=2) + "\n")
