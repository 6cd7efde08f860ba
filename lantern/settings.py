"""Django settings for Lantern.

Secrets and the database come from the environment. Without DATABASE_URL the embedded SQLite database is used;
set DATABASE_URL=postgres://... for PostgreSQL. LANTERN_ENV=production turns on every transport-security setting.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
ENVIRONMENT = os.environ.get("LANTERN_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"
TESTING = os.environ.get("LANTERN_TESTING") == "1"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production")
    SECRET_KEY = "development-only-key-not-for-real-records"  # noqa: S105 - refused in production  # nosec B105
# The audit chain has its own key, so that rotating the secret key does not break the chain.
AUDIT_CHAIN_KEY = os.environ.get("LANTERN_AUDIT_KEY", "")
if not AUDIT_CHAIN_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("LANTERN_AUDIT_KEY must be set in production")
    AUDIT_CHAIN_KEY = "development-only-audit-key"

DEBUG = os.environ.get("DJANGO_DEBUG", "0" if PRODUCTION else "1") == "1"
ALLOWED_HOSTS = [
    h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "accounts",
    "audit",
    "people",
    "casework",
    "care",
    "permanence",
    "health",
    "education",
    "missing",
    "risk",
    "network",
    "sharing",
    "escalation",
    "matching",
    "returns",
    "duties",
    "access",
    "chronology",
    "alerts",
    "synthetic",
    "bundles",
    "maintenance",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lantern.middleware.RequestIdMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lantern.middleware.IdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lantern.urls"
WSGI_APPLICATION = "lantern.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lantern" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lantern.context_processors.navigation",
            ],
        },
    },
]

_sqlite_path = os.environ.get("LANTERN_SQLITE_PATH", str(BASE_DIR / "lantern.sqlite3"))
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{_sqlite_path}"), conn_max_age=600, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions serialise writers, which the audit hash chain relies on.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "casework:my-children"
LOGOUT_REDIRECT_URL = "accounts:sign-in"

# Lockout after repeated failures (django-axes): 5 failures per username and address lock for 30 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5
# Lock an account after 5 failures from anywhere, and an address after 5 failures on any accounts.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# Sessions: IdleTimeoutMiddleware signs out after SESSION_IDLE_SECONDS without a request, and SESSION_COOKIE_AGE
# after sign-in whatever the activity.
SESSION_IDLE_SECONDS = int(os.environ.get("LANTERN_SESSION_IDLE_SECONDS", "1800"))
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = os.environ.get("LANTERN_SSL_REDIRECT", "1") == "1"
    SECURE_HSTS_SECONDS = 63072000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d %m %Y"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static_build"]
# Uploaded files (the photo on a missing person profile) are private: never served as static files, only through a
# page that applies the access rule. Production names a directory outside the code.
MEDIA_ROOT = Path(os.environ.get("LANTERN_MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media-is-not-served/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LANTERN_LOG_LEVEL", "WARNING")},
}

# A break-glass grant lasts this long before the user must break glass again.
BREAK_GLASS_HOURS = 4

# Queued work (the SSDA903 check): django-tasks with its database backend, run by `manage.py db_worker` (make demo
# starts one). LANTERN_TASK_BACKEND may name another backend, e.g. django_tasks.backends.immediate.ImmediateBackend to
# run tasks inside the request.
TASKS = {
    "default": {"BACKEND": os.environ.get("LANTERN_TASK_BACKEND", "django_tasks_db.DatabaseBackend")},
}

# Alerts are emailed to the people who must act. The demo prints them on the console; production names its
# backend and server in the environment (EMAIL_HOST and the rest of Django's email settings).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "lantern@localhost")
LANTERN_BASE_URL = os.environ.get("LANTERN_BASE_URL", "http://127.0.0.1:8000")
# The authority's ONS code (upper tier; E09000012 is Hackney): the SSDA903 validator compares each placement's
# authority with it (returns/validation.py), and the demo seed draws postcodes in and near it (synthetic/places.py).
LANTERN_LA_CODE = os.environ.get("LANTERN_LA_CODE", "E09000012")

# Timescales statutory guidance leaves to the authority (duties/duty.py DutyConfig): working days to start a PEP.
LANTERN_PEP_START_WORKING_DAYS = int(os.environ.get("LANTERN_PEP_START_WORKING_DAYS", "20"))

# Education (education/school_days.py, education/config.py): the authority's school holidays as JSON, a list of
# ["YYYY-MM-DD", "YYYY-MM-DD"] inclusive pairs (none until set: school days are then working days); the virtual
# school's name and contact shown on every child's education record.
LANTERN_SCHOOL_HOLIDAYS = json.loads(os.environ.get("LANTERN_SCHOOL_HOLIDAYS", "[]"))
LANTERN_VIRTUAL_SCHOOL = json.loads(
    os.environ.get(
        "LANTERN_VIRTUAL_SCHOOL",
        '{"name": "Lantern Virtual School", "contact": "virtual.school@lantern.example"}',
    )
)

# Missing from care (missing/patterns.py documents each threshold and why). The police missing persons unit that
# receives a child's Philomena profile in one step when the child goes missing.
LANTERN_MISSING_THRESHOLDS = json.loads(os.environ.get("LANTERN_MISSING_THRESHOLDS", "{}"))
# Who is granted a child when an episode is recorded: by default every active coordinator and return interviewer
# (one authority per instance); on a shared instance, name the agency of each, e.g.
# {"missing_coordinator": "Northfield Council", "return_interviewer": "Safe Return Service"}.
LANTERN_MISSING_GRANT_AGENCIES = json.loads(os.environ.get("LANTERN_MISSING_GRANT_AGENCIES", "{}"))
LANTERN_ESCALATION_STAGE_DAYS = json.loads(os.environ.get("LANTERN_ESCALATION_STAGE_DAYS", "{}"))
LANTERN_NETWORK_MEETING_DAYS = int(os.environ.get("LANTERN_NETWORK_MEETING_DAYS", "91"))
# Placement matching (matching/weights.py documents every weight and its default): overrides as JSON, e.g.
# {"avoid_area": -60}; the days a matched placement must run before its outcome counts as stable.
LANTERN_MATCHING_WEIGHTS = json.loads(os.environ.get("LANTERN_MATCHING_WEIGHTS", "{}"))
LANTERN_MATCHING_STABLE_DAYS = int(os.environ.get("LANTERN_MATCHING_STABLE_DAYS", "182"))
LANTERN_SHARING_CHECKLIST_FROM = os.environ.get("LANTERN_SHARING_CHECKLIST_FROM") or None
# Late school records are chased for moves whose records fell due within this many days (education/alerting.py).
LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS = int(os.environ.get("LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS", "365"))
LANTERN_POLICE_MISSING_EMAIL = os.environ.get(
    "LANTERN_POLICE_MISSING_EMAIL", "missing-persons@police.example"
)
