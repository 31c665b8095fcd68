"""Errors the user can fix. They are printed as one line, never with a traceback."""


class UserError(Exception):
    """Something the user can fix; the message says what to do. Exit status 1."""

    exit_status = 1


class ConfigError(UserError):
    """The config file is wrong. Carries every problem found, one line each. Exit status 2."""

    exit_status = 2

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class CredentialError(UserError):
    """No usable password or token for an account."""
