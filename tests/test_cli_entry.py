import subprocess
import sys

from moment_gui import __version__
from moment_gui.cli import SUBCOMMANDS


def test_version_flag_prints_version_and_exits_zero():
    out = subprocess.run(
        [sys.executable, "-m", "moment_gui", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert __version__ in out.stdout


def test_every_subcommand_has_a_module_with_run_and_arguments():
    import importlib

    from moment_gui.cli import _module_name

    for name in SUBCOMMANDS:
        module = importlib.import_module(f"moment_gui.commands.{_module_name(name)}")
        assert callable(module.run) and callable(module.add_arguments)
