from django.db import models


class AuditAction(models.TextChoices):
    VIEW = "view", "Viewed"
    SEARCH = "search", "Found in a search"
    EXPORT = "export", "Exported"
    CREATE = "create", "Created"
    UPDATE = "update", "Changed"
    DELETE = "delete", "Deleted"
    SIGN_IN = "sign_in", "Signed in"
    SIGN_OUT = "sign_out", "Signed out"
    SIGN_IN_FAILED = "sign_in_failed", "Failed sign-in"
    REFUSAL = "refusal", "Refused access"
    GRANT = "grant", "Access granted"
    BREAK_GLASS = "break_glass", "Break-glass access"
    REVIEW = "review", "Break-glass use reviewed"
