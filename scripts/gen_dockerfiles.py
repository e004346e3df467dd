"""Write (or, with --check, verify) every service's Dockerfile from one template.

The images differ only in the service they install, its default command, its ports and, for
extraction, the OCR packages; infra/docker/images.toml lists those and infra/docker/Dockerfile.j2
holds the rest, so a fix to the build reaches every image at once. Every workspace member's
pyproject.toml is copied into each builder (uv checks the whole workspace against uv.lock), so
the member list comes from the root pyproject's workspace globs: a new service needs only its
entry in images.toml.
    python scripts/gen_dockerfiles.py [--check]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
DOCKER_DIR = ROOT / "infra" / "docker"


def workspace_members() -> list[str]:
    """The workspace members' directories, relative to the root, in the order the globs list them."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["uv"]["workspace"]["members"]
    members: list[str] = []
    for pattern in patterns:
        found = sorted(p.parent for p in ROOT.glob(f"{pattern}/pyproject.toml"))
        members.extend(str(p.relative_to(ROOT)) for p in found if str(p.relative_to(ROOT)) not in members)
    return members


def package_name(service: str) -> str:
    project: dict[str, Any] = tomllib.loads((ROOT / "services" / service / "pyproject.toml").read_text())
    name: str = project["project"]["name"]
    return name


def render_all() -> dict[Path, str]:
    images: dict[str, dict[str, Any]] = tomllib.loads((DOCKER_DIR / "images.toml").read_text())
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(DOCKER_DIR),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - a Dockerfile, not HTML
    )
    template = environment.get_template("Dockerfile.j2")
    members = workspace_members()
    rendered: dict[Path, str] = {}
    for service, image in images.items():
        package = package_name(service)
        rendered[ROOT / "services" / service / "Dockerfile"] = template.render(
            service=service,
            package=package,
            image=package,
            module=package.replace("-", "_"),
            members=members,
            command=image["command"],
            ports=image["ports"],
            apt=image.get("apt", []),
            apt_reason=image.get("apt_reason", ""),
        )
    return rendered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if a committed Dockerfile is stale")
    args = parser.parse_args(argv)
    rendered = render_all()
    services = {p.parent.name for p in (ROOT / "services").glob("*/pyproject.toml")}
    unlisted = services - {p.parent.name for p in rendered}
    if unlisted:
        print(f"services without an entry in infra/docker/images.toml: {sorted(unlisted)}", file=sys.stderr)
        return 1
    stale = [path for path, text in rendered.items() if not path.is_file() or path.read_text() != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run `make dockerfiles`", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(rendered[path])
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
