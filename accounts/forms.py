from django import forms
from django.contrib.auth.forms import AuthenticationForm

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
