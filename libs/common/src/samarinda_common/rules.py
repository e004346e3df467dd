"""Domain rules kept as versioned data files (TOML) beside the code that applies them.

A service describes a file with a pydantic model derived from :class:`RulesFile` (every file names
its ``owner``, who decides what it says, and its ``version``) and loads it with :func:`load_rules`
when its domain module is imported, that is when the service starts: a file that is missing, not
TOML, or off its schema stops the service with a :class:`RulesError` naming the file and the field.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class RulesError(ValueError):
    """A rules file is missing, not TOML, or does not match its schema."""


class RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    owner: str = Field(min_length=1, description="who decides what this file says")
    version: str = Field(min_length=1)


ModelT = TypeVar("ModelT", bound=RulesFile)


def load_rules(model: type[ModelT], package: str, name: str, path: Path | None = None) -> ModelT:
    """``path``, or the file ``name`` shipped in ``package``, validated against ``model``."""
    source = str(path) if path else f"{package.replace('.', '/')}/{name}"
    try:
        if path is None:
            text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        return model.model_validate(tomllib.loads(text))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"{source}: {exc}") from exc
    except ValidationError as exc:
        raise RulesError(f"{source} does not match its schema:\n{exc}") from exc
