"""Run ``fashen`` as a user would, in this process: ``cli.run()`` with its argv, stdin, stdout and stderr
swapped (typer's CliRunner isolation), its exit code caught. Every error goes through the same translation
as in a real process; only what a process is needed for (signals, a killed worker, start-up time, a closed
pipe) is run with ``subprocess`` (tests/test_never_lose.py, the sweep's interrupt tests)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    """What a run printed and how it exited (the fields of subprocess.CompletedProcess the tests read)."""

    returncode: int
    stdout: str
    stderr: str


def fashen(*args, db=None, stdin: str | None = None, cwd=None, env: dict | None = None) -> Run:
    """``fashen ARGS [--db DB]`` run in-process from ``cwd`` (the checkout by default)."""
    import cli
    from typer.testing import CliRunner

    argv = ["fashen", *map(str, args), *(["--db", str(db)] if db is not None else [])]
    saved_argv, saved_cwd = sys.argv, os.getcwd()
    with CliRunner().isolation(input=stdin, env=env) as (out, err, _):
        sys.argv = argv
        os.chdir(cwd or REPO)
        try:
            code = cli.run()             # hands SIGINT and SIGTERM back as it found them
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            sys.argv = saved_argv
            os.chdir(saved_cwd)
        return Run(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8", "replace"))


def command_paths() -> list[tuple[str, ...]]:
    """Every command and group of the typer app, as the words a user types: (), ("statutes",), ("review",) …"""
    import cli
    import typer.main

    out: list[tuple[str, ...]] = []

    def walk(command, path: tuple[str, ...]) -> None:
        out.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            if not sub.hidden:
                walk(sub, path + (name,))

    walk(typer.main.get_command(cli.app), ())
    return out
