"""``python -m samarinda_console web``: the web console, a client of the platform's gRPC APIs."""

from __future__ import annotations

import sys

from samarinda_common.entrypoint import run_service
from samarinda_common.settings import Needs

from samarinda_console.bootstrap import run_web
from samarinda_console.settings import ConsoleSettings


def main(argv: list[str]) -> int:
    return run_service(argv, ConsoleSettings, {"web": run_web}, needs={"web": {Needs.API_TOKENS}})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
