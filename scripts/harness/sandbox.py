"""What a test's world of its own (its HOME, XDG folders and environment) offers in both suites."""


class Sandbox:
    """A mixin: `self.data` (XDG_DATA_HOME) and `self.env` (the environment every process starts with) are set by
    the class that uses it."""

    @property
    def library(self):
        return self.data / "teachback" / "banks"

    def environment(self, extra=None, drop=()):
        env = dict(self.env)
        for k in drop:
            env.pop(k, None)
        env.update({k: str(v) for k, v in (extra or {}).items()})
        return env
