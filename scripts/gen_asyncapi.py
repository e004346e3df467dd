"""Write (or, with --check, verify) each service's AsyncAPI document from its code.

Every service that consumes or produces Kafka events exposes
``samarinda_<svc>.entrypoints.kafka:build_spec() -> str`` (YAML, usually via
``samarinda_common.messaging.asyncapi_spec``); this script writes it to services/<svc>/asyncapi.yaml.
    python scripts/gen_asyncapi.py [--check] [service ...]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES_DIR = ROOT / "services"


def services_with_kafka_entrypoint() -> list[str]:
    return sorted(
        entry.parent.parent.parent.parent.name
        for entry in SERVICES_DIR.glob("*/src/samarinda_*/entrypoints/kafka.py")
    )


def build_spec(service: str) -> str:
    module = importlib.import_module(f"samarinda_{service}.entrypoints.kafka")
    if not hasattr(module, "build_spec"):
        raise SystemExit(f"services/{service}: entrypoints/kafka.py must define build_spec() -> str")
    spec: str = module.build_spec()
    return spec if spec.endswith("\n") else spec + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if a committed document is stale")
    parser.add_argument("services", nargs="*", help="default: every service with entrypoints/kafka.py")
    args = parser.parse_args(argv)

    stale: list[str] = []
    for service in args.services or services_with_kafka_entrypoint():
        target = SERVICES_DIR / service / "asyncapi.yaml"
        spec = build_spec(service)
        current = target.read_text() if target.exists() else None
        if args.check:
            if current != spec:
                stale.append(str(target.relative_to(ROOT)))
        elif current != spec:
            target.write_text(spec)
            print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print("stale AsyncAPI documents (run `make asyncapi`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
