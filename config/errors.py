"""Configuration problems, each naming the key, the bad value, what is allowed and its source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConfigProblem:
    key: str
    value: str
    message: str
    source: str

    def line(self) -> str:
        where = f" (from {self.source})" if self.source else ""
        shown = f" = {self.value}" if self.value else ""
        return f"{self.key}{shown}{where}: {self.message}"


class ConfigError(Exception):
    """The settings could not be built; `problems` has one entry per problem."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        super().__init__("\n".join(p.line() for p in problems))
        self.problems = problems
