"""The process entry point every service shares: ``python -m samarinda_<svc> ROLE``."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Collection, Coroutine, Mapping
from typing import Any, TypeVar

from pydantic import ValidationError

from samarinda_common.logging import configure_logging, get_logger
from samarinda_common.settings import CommonSettings, Needs, SettingsRefused

SettingsT = TypeVar("SettingsT", bound=CommonSettings)
Role = Callable[[SettingsT], Coroutine[Any, Any, None]]

EXIT_USAGE = 2
EXIT_REFUSED = 78  # EX_CONFIG: the settings are not enough to start; restarting will not help


def run_service(
    argv: list[str],
    settings_type: Callable[[], SettingsT],
    roles: Mapping[str, Role[SettingsT]],
    needs: Mapping[str, Collection[Needs]],
) -> int:
    """Read the settings, refuse to start on incomplete ones, configure logging and run one role.

    Fails closed: ``SAMARINDA_MODE`` must be given explicitly (a service never falls back to the
    embedded demo adapters), and in real mode every secret the role ``needs`` must be set. Returns
    the process exit code: 2 with a usage line for an unknown role, 78 when the settings refuse.
    """
    if len(argv) != 1 or argv[0] not in roles:
        print(f"usage: python -m {_package_run_as_main()} {'|'.join(roles)}", file=sys.stderr)
        return EXIT_USAGE
    role = argv[0]
    try:
        settings = settings_type()
        check_startable(settings, needs.get(role, ()))
    except (SettingsRefused, ValidationError) as exc:
        print(f"refusing to start {_package_run_as_main()} {role}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    configure_logging(settings.service_name, settings.log_level, settings.log_json)
    get_logger(__name__).info("service_starting", role=role, mode=settings.mode.value)
    asyncio.run(roles[role](settings))
    return 0


def check_startable(settings: CommonSettings, needs: Collection[Needs]) -> None:
    """Raise :class:`SettingsRefused` naming what is missing for a process with ``needs``."""
    if "mode" not in settings.model_fields_set:
        raise SettingsRefused("SAMARINDA_MODE is not set (real or embedded); services never guess it")
    problems = settings.startup_problems(needs)
    if problems:
        raise SettingsRefused("; ".join(problems))


def _package_run_as_main() -> str:
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    return spec.name.removesuffix(".__main__") if spec is not None else "samarinda_<service>"
