"""The command line: every command has help, errors are one line, no tracebacks."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg import __version__
from kg.cli import main, make_parser

COMMANDS = ["build", "export", "validate", "query", "serve", "push", "viz", "train-ner", "eval", "explain"]


def test_every_command_is_declared_with_help(capsys):
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)
    for name in COMMANDS:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        assert "usage: kg " + name in capsys.readouterr().out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"kg {__version__}"


def test_python_dash_m_kg_runs_the_same_cli():
    out = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=True).stdout
    assert all(name in out for name in COMMANDS)


def test_a_user_mistake_is_one_line_and_exit_1(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_every_option_and_argument_has_help_text():
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    missing = [f"{name} {action.dest}" for name, command in sub.choices.items() for action in command._actions
               if not (action.help or "").strip()]
    assert missing == []
