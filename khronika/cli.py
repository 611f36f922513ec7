"""The `khronika` command. Each sub-command lives in a module of `khronika.commands` that
defines `register(app)`; this file only gathers them, so a new surface adds a module and
touches nothing here."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

app = typer.Typer(
    name="khronika", no_args_is_help=True, add_completion=False,
    help="A chronicle of statecraft from Ukrainian news: entities, quotes, time expressions, "
         "PLOVER events.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__
        typer.echo(f"khronika {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """khronika: a chronicle of statecraft read from Ukrainian news."""


def _register_commands() -> None:
    from . import commands
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register:
            register(app)


_register_commands()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("khronika: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
