from django import forms

from access.models import BreakGlass


class BreakGlassForm(forms.Form):
    local_id = forms.CharField(label="Local child ID", max_length=20)
    reason = forms.CharField(
        label="Why do you need this record now?",
        widget=forms.Textarea,
        min_length=10,
        help_text="A manager will review this. Be specific, for example the police call you are answering.",
    )


class BreakGlassReviewForm(forms.Form):
    outcome = forms.ChoiceField(label="Was the access justified?", choices=BreakGlass.Outcome.choices)
    note = forms.CharField(label="Review note", widget=forms.Textarea, required=False)
