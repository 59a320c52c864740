"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit on a scratch repository.

pre-commit installs this project into a virtualenv of its own (from the package index, as users get
it), so this test takes a minute or two the first time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"

pytestmark = pytest.mark.skipif(
    not PRE_COMMIT.exists() or shutil.which("git") is None or not (PROJECT / ".git").exists(),
    reason="needs the pre-commit package, git, and this project as a git checkout",
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    repo = tmp_path_factory.mktemp("drafts-repo")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}
    (repo / "drafts").mkdir()
    (repo / "optout.csv").write_text((PROJECT / "data" / "demo_optout.csv").read_text(encoding="utf-8"))
    (repo / ".captionscan.toml").write_text('optout = "optout.csv"\n')
    for args in (["init", "-q"], ["config", "user.email", "t@example.invalid"], ["config", "user.name", "t"]):
        subprocess.run(["git", *args], cwd=repo, check=True)
    return repo, env


def try_repo(scratch: tuple[Path, dict], hook: str) -> subprocess.CompletedProcess:
    repo, env = scratch
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    return subprocess.run(
        [PRE_COMMIT, "try-repo", PROJECT, hook, "--files", "drafts/x.md"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_check_fails_and_fix_rewrites_keeping_the_rest(scratch):
    repo, _ = scratch
    draft = repo / "drafts" / "x.md"
    draft.write_text("# Juni\n\nHochzeit am Tegernsee mit @lena.vogt 💍\nFotos: Studio Sonnenlicht\n", encoding="utf-8")
    checked = try_repo(scratch, "captionscan")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "drafts/x.md:3:27:" in checked.stdout
    fixed = try_repo(scratch, "captionscan-fix")
    assert fixed.returncode == 1  # pre-commit fails a hook that changed files
    assert draft.read_text(encoding="utf-8") == "# Juni\n\nHochzeit am Tegernsee 💍\nFotos: Studio Sonnenlicht\n"
    again = try_repo(scratch, "captionscan")
    assert again.returncode == 0, again.stdout + again.stderr
    draft.write_text("Danke Jonas, bis bald!\n", encoding="utf-8")  # a lone first name: a review, which passes
    reviewed = try_repo(scratch, "captionscan")
    assert reviewed.returncode == 0 and "drafts/x.md:1:7: review:" in reviewed.stdout  # shown, not hidden
