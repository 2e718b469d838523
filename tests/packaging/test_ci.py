"""CI here and the GitHub workflow's Linux job run the same thing: the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^exec bash scripts/test\.sh\b", run, re.M)
    assert "bash scripts/test.sh" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_bundle_workflow_builds_on_three_systems_and_linux_runs_ci():
    workflow = (ROOT / ".github" / "workflows" / "bundles.yml").read_text(encoding="utf-8")
    for os_name in ("ubuntu-", "windows-", "macos-"):
        assert f"os: {os_name}" in workflow
    linux_steps = re.findall(r"if: runner\.os == 'Linux'\n\s+run: (.+)", workflow)
    assert linux_steps[0] == "bash .ci/run"
    assert "--self-test" in workflow and "upload-artifact" in workflow
