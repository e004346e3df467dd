"""The process entry point every service shares: ``python -m samarinda_<svc> ROLE``."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

from samarinda_common.logging import configure_logging, get_logger
from samarinda_common.settings import CommonSettings

SettingsT = TypeVar("SettingsT", bound=CommonSettings)
Role = Callable[[SettingsT], Coroutine[Any, Any, None]]


def run_service(
    argv: list[str], settings_type: Callable[[], SettingsT], roles: Mapping[str, Role[SettingsT]]
) -> int:
    """Read the settings (failing fast on bad ones), configure logging and run one role to its end.

    Returns the process exit code: 2 with a usage line for an unknown role.
    """
    if len(argv) != 1 or argv[0] not in roles:
        print(f"usage: python -m {_package_run_as_main()} {'|'.join(roles)}", file=sys.stderr)
        return 2
    settings = settings_type()
    configure_logging(settings.service_name, settings.log_level, settings.log_json)
    get_logger(__name__).info("service_starting", role=argv[0], mode=settings.mode.value)
    asyncio.run(roles[argv[0]](settings))
    return 0


def _package_run_as_main() -> str:
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    return spec.name.removesuffix(".__main__") if spec is not None else "samarinda_<service>"
