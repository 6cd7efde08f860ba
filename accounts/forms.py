from django import forms
from django.contrib.auth.forms import AuthenticationForm

from accounts.models import User
from accounts.registration import normalise_swe_registration, validate_swe_registration
from lantern.forms import GovukErrorsMixin


class SignInForm(GovukErrorsMixin, AuthenticationForm):
    username = forms.CharField(
        label="Username",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "spellcheck": "false"}),
    )
    password = forms.CharField(
        label="Password", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    error_messages = {
        "invalid_login": "Enter a correct username and password. After 5 failed attempts the account is locked for 30 minutes.",
        "inactive": "This account is inactive. Ask your administrator.",
    }


class SweRegistrationForm(GovukErrorsMixin, forms.ModelForm):
    """An administrator records a worker's Social Work England registration number (SSDA903 SW_ID)."""

    # Longer than the number itself, so that one typed with spaces is tidied before it is checked.
    swe_registration = forms.CharField(
        label="Social Work England registration number",
        required=False,
        max_length=40,
        strip=True,
        help_text="SW followed by its digits. Leave blank if the worker is not registered.",
        widget=forms.TextInput(attrs={"spellcheck": "false", "autocomplete": "off"}),
    )

    class Meta:
        model = User
        fields = ["swe_registration"]

    def clean_swe_registration(self) -> str:
        number = normalise_swe_registration(self.cleaned_data.get("swe_registration") or "")
        validate_swe_registration(number)
        return number
