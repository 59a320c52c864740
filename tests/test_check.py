"""`check --fix` never makes a draft worse: safe suggestions only, a diff of what it wrote, the rest by hand."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from captionscan.check import NOT_SAFE, REVIEW_LEFT, findings, held_by_git
from captionscan.cli import app
from captionscan.records import NO_REWRITE, OptoutHit, Source, TextUnit, UnitReport

OPTOUT = str(Path(__file__).parent.parent / "data" / "demo_optout.csv")


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def drafts(tmp_path):
    """A draft with a safe fix and one where nothing is left, outside any git work tree."""
    fixable = tmp_path / "fixable.md"
    fixable.write_text("# Juni\n\nLena Vogt sagt ja! 💍\n#hochzeit\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("#lenavogt ❤️", encoding="utf-8")
    assert not held_by_git(fixable)
    return fixable, empty


def test_fix_writes_the_safe_suggestion_shows_the_diff_and_keeps_the_original(run, drafts):
    fixable, _ = drafts
    result = run("check", fixable, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 1
    assert fixable.read_text(encoding="utf-8") == "# Juni\n\nSie sagt ja! 💍\n#hochzeit\n"
    assert "-Lena Vogt sagt ja! 💍\n+Sie sagt ja! 💍\n" in result.stdout
    assert result.stdout.rstrip().endswith(f"{fixable}: fixed")
    backup = fixable.with_name("fixable.md.orig")
    assert backup.read_text(encoding="utf-8") == "# Juni\n\nLena Vogt sagt ja! 💍\n#hochzeit\n"


def test_fix_rewrites_each_post_of_a_markdown_draft_on_its_own(run, tmp_path):
    """One post's full name makes no other post's hashtag a hit: each post under a heading is a unit of its own,
    and the fix writes each back between the others, blank lines and the file's last line break kept."""
    month = tmp_path / "juni.md"
    month.write_text("## Mo\n\nKaffee mit Lena Vogt\n\n## Di\n\nWandern mit Tim #vogt\n", encoding="utf-8")
    one = tmp_path / "one.txt"
    one.write_text("Kaffee mit Lena Vogt\n", encoding="utf-8")
    result = run("check", month, one, "--optout", OPTOUT, "--fix", "--no-backup")
    assert result.exit_code == 1
    assert month.read_text(encoding="utf-8") == "## Mo\n\nKaffee\n\n## Di\n\nWandern mit Tim #vogt\n"
    assert one.read_text(encoding="utf-8") == "Kaffee\n"
    assert f"{month}:7: review's name kept" in result.stdout


def test_fix_leaves_a_post_whose_heading_the_rewrite_would_lose(run, tmp_path):
    """ "## Lena Vogt" rewritten away would join its post to the one before: a hand edit."""
    month = tmp_path / "juni.md"
    month.write_text("## Mo\n\nKaffee\n\n## Lena Vogt\n\nWandern mit Tim\n\n## Mi\n\nTee\n", encoding="utf-8")
    result = run("check", month, "--optout", OPTOUT, "--fix", "--no-backup")
    assert (
        result.exit_code == 1 and "juni.md:5: needs a hand edit: the rewrite loses the post's heading" in result.stdout
    )
    assert month.read_text(encoding="utf-8") == "## Mo\n\nKaffee\n\n## Lena Vogt\n\nWandern mit Tim\n\n## Mi\n\nTee\n"


def test_fix_leaves_a_heading_of_a_markdown_draft_of_one_post_too(run, tmp_path):
    """With an allow marker the draft is one unit: a rewrite that loses a heading is still a hand edit."""
    draft = tmp_path / "juni.md"
    text = "<!-- captionscan: allow Tim Bauer -->\n## Lena Vogt\n\nEin toller Tag.\n\n## Sommerfest\n\nBilder\n"
    draft.write_text(text, encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix", "--no-backup")
    assert result.exit_code == 1 and "needs a hand edit: the rewrite loses the post's heading" in result.stdout
    assert draft.read_text(encoding="utf-8") == text


def test_no_backup_keeps_no_original(run, drafts):
    fixable, _ = drafts
    assert run("check", fixable, "--optout", OPTOUT, "--fix", "--no-backup").exit_code == 1
    assert fixable.read_text(encoding="utf-8").startswith("# Juni\n\nSie sagt ja!")
    assert not fixable.with_name("fixable.md.orig").exists()


def test_git_holds_the_original_of_a_staged_draft_not_of_a_new_or_edited_one(run, tmp_path):
    """Where git has the draft as it is, no FILE.orig; a file git does not know, or one edited since it was
    staged, keeps its original as FILE.orig, as git has no copy of it."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    staged, new = tmp_path / "drafts" / "staged.txt", tmp_path / "drafts" / "new.txt"
    staged.parent.mkdir()
    for draft in (staged, new):
        draft.write_text("Kaffee mit Lena Vogt", encoding="utf-8")
    subprocess.run(["git", "-C", str(tmp_path), "add", "drafts/staged.txt"], check=True)
    assert held_by_git(staged) and not held_by_git(new)
    assert run("check", staged, new, "--optout", OPTOUT, "--fix").exit_code == 1
    assert staged.read_text(encoding="utf-8") == new.read_text(encoding="utf-8") == "Kaffee"
    assert not staged.with_name("staged.txt.orig").exists()
    assert new.with_name("new.txt.orig").read_text(encoding="utf-8") == "Kaffee mit Lena Vogt"


def test_fix_leaves_a_markdown_draft_that_names_the_person_in_markup(run, tmp_path):
    """A slug, an image's file name, a link's target or code changed by a sentence's rules breaks the file: such a
    draft is left for a hand edit; one that names the person in its prose alone is fixed."""
    markup = tmp_path / "markup.md"
    markup.write_text("---\nslug: lena-vogt\n---\nKaffee mit Lena Vogt\n![Foto](img/lena-vogt.jpg)\n", encoding="utf-8")
    prose = tmp_path / "prose.md"
    prose.write_text("---\nslug: kaffee\n---\nKaffee mit Lena Vogt\n![Foto](img/kaffee.jpg)\n", encoding="utf-8")
    result = run("check", markup, prose, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 1
    assert markup.read_text(encoding="utf-8").startswith("---\nslug: lena-vogt\n")
    assert f"{markup}:2: needs a hand edit: a name in Markdown markup" in result.stdout
    assert prose.read_text(encoding="utf-8") == "---\nslug: kaffee\n---\nKaffee\n![Foto](img/kaffee.jpg)\n"


def test_a_folder_of_drafts_is_every_draft_in_it(run, tmp_path):
    """`check posts/`: the drafts of the folder and its subfolders, not hidden ones."""
    (tmp_path / "2025" / ".trash").mkdir(parents=True)
    (tmp_path / "2025" / "juni.md").write_text("Kaffee mit Lena Vogt", encoding="utf-8")
    (tmp_path / "2025" / ".trash" / "alt.md").write_text("Lena Vogt", encoding="utf-8")
    (tmp_path / "notiz.txt").write_text("Nichts", encoding="utf-8")
    result = run("check", tmp_path, "--optout", OPTOUT)
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [str(tmp_path / "2025" / "juni.md")]
    assert result.stderr.splitlines()[-1].startswith("Checked 2 files:")


def test_a_folder_under_a_hidden_one_has_drafts_too_and_one_without_any_is_refused(run, tmp_path):
    posts, empty = tmp_path / ".config" / "posts", tmp_path / "empty"
    posts.mkdir(parents=True)
    empty.mkdir()
    (posts / "juni.md").write_text("Kaffee mit Lena Vogt", encoding="utf-8")
    assert run("check", posts, "--optout", OPTOUT).exit_code == 1
    result = run("check", empty, "--optout", OPTOUT)
    assert result.exit_code == 2 and "holds no draft" in result.stderr


def test_fix_says_which_reviews_it_left_as_written(run, tmp_path):
    """A lone first name may be someone else: --fix leaves it, says so, and the exit code stays that of reviews."""
    draft = tmp_path / "x.txt"
    draft.write_text("Danke Jonas, bis bald!", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 0 and draft.read_text(encoding="utf-8") == "Danke Jonas, bis bald!"
    assert f"{draft}:1: review's name kept" in result.stdout


def test_a_review_line_says_the_rewrite_of_its_units_hits_leaves_it(run, tmp_path):
    """Where a unit has a hit and a review, the lines show the hit's rewrite, which keeps the review's name: its line
    says so, not the hit's."""
    draft = tmp_path / "x.txt"
    draft.write_text("Kaffee mit Lena Vogt, danke Jonas!", encoding="utf-8")
    lines = run("check", draft, "--optout", OPTOUT).stdout.splitlines()
    hit, review = (next(line for line in lines if f": {level}:" in line) for level in ("hit", "review"))
    assert "Jonas" in review and review.endswith(f"({REVIEW_LEFT})") and not hit.endswith(f"({REVIEW_LEFT})")


def test_fix_rewrites_reviews_where_they_fail_the_check(run, tmp_path, monkeypatch):
    """With fail_on = "review" the user counts reviews as findings: --fix rewrites them like hits."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".captionscan.toml").write_text(f'optout = "{Path(OPTOUT).resolve().as_posix()}"\nfail_on = "review"\n')
    draft = tmp_path / "x.md"
    draft.write_text("Kaffee mit Lena Vogt.\nDanke Jonas, bis bald!\n", encoding="utf-8")
    result = run("check", draft, "--fix", "--no-backup")
    assert result.exit_code == 1  # the run found what fails it, and fixed it
    assert draft.read_text(encoding="utf-8") == "Kaffee.\nDanke, bis bald!\n"
    assert "name kept" not in result.stdout


def test_diff_shows_what_fix_would_write_and_writes_nothing(run, drafts):
    fixable, _ = drafts
    result = run("check", fixable, "--optout", OPTOUT, "--diff")
    assert result.exit_code == 1
    assert f"--- {fixable}\n+++ {fixable} (fixed)\n" in result.stdout
    assert "+Sie sagt ja! 💍" in result.stdout and "fixed\n" not in result.stdout.splitlines()[-1]
    assert fixable.read_text(encoding="utf-8") == "# Juni\n\nLena Vogt sagt ja! 💍\n#hochzeit\n"
    assert not fixable.with_name("fixable.md.orig").exists()


def test_nothing_left_is_reported_and_never_written(run, drafts):
    _, empty = drafts
    result = run("check", empty, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{empty}:1:1: hit: names opted-out person 'optout-001' (rule: hashtag) -> "
        "nothing left: delete or rewrite by hand",
        f"{empty}:1: needs a hand edit: nothing left: delete or rewrite by hand",
    ]
    assert empty.read_text(encoding="utf-8") == "#lenavogt ❤️"
    assert "Checked 1 file, fixed 0, 1 unit left for a hand edit:" in result.stderr  # the run's last line says so


def test_a_draft_without_hits_is_left_alone(run, tmp_path):
    draft = tmp_path / "clean.txt"
    draft.write_text("Sommer am See", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 0 and result.stdout == ""
    assert draft.read_text(encoding="utf-8") == "Sommer am See"
    assert not draft.with_name("clean.txt.orig").exists()


def test_each_finding_shows_what_the_rewrite_made_of_its_own_line(run, tmp_path):
    """A draft of several paragraphs: not the whole post again for every finding, and a line the rewrite drops is
    said to be gone."""
    draft = tmp_path / "post.md"
    text = "Was für ein Tag mit Lena Vogt! 💍\n\nDanke an Jonas Müller für die Musik.\n📸 @lena.vogt\n#hochzeit\n"
    draft.write_text(text, encoding="utf-8")
    lines = run("check", draft, "--optout", OPTOUT).stdout.splitlines()
    shown = [line.split(" -> ", 1)[1] for line in lines if " -> " in line]
    assert shown == ["Was für ein Tag! 💍", "Danke für die Musik.", "(line removed)"]


def test_a_finding_without_a_rewrite_says_to_edit_by_hand():
    """Where every suggestion would still name someone listed, none is offered: the line says so, not "-> "."""
    unit = TextUnit(Source("d.txt", None, None, "text"), "Danke Lena!")
    hit = OptoutHit(("p1",), 6, 10, "Lena", "exact", "review", 0.6)
    (finding,) = findings([UnitReport(unit, "de", (), (hit,), ())])
    assert finding.format() == "d.txt:1:7: review: may name opted-out person 'p1' (rule: exact) -> " + NO_REWRITE


def test_fix_redacts_the_hits_of_a_unit_and_leaves_its_reviews(run, tmp_path):
    """A unit with a hit and a review: --fix writes the rewrite of the hit alone; the review stays, and is named."""
    draft = tmp_path / "x.md"
    draft.write_text("Kaffee mit Lena Vogt.\nDanke Jonas, bis bald!\n", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix", "--no-backup")
    assert result.exit_code == 1
    assert draft.read_text(encoding="utf-8") == "Kaffee.\nDanke Jonas, bis bald!\n"
    assert f"{draft}:2: review's name kept" in result.stdout
    assert (
        "1 review did not fail the check; --fix leaves them as written: --fail-on review fails on them and rewrites"
        in (result.stderr)
    )


def test_reviews_that_pass_the_check_are_said_to(run, tmp_path):
    """Exit 0 with reviews left: the run says so, and how to fail on them (a club's nicknames are reviews)."""
    draft = tmp_path / "x.md"
    draft.write_text("Danke Jonas, bis bald!\n", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT)
    assert result.exit_code == 0
    assert "1 review did not fail the check: --fail-on review fails on them" in result.stderr
    # the rewrite the line shows is one --fix does not write: the line says so
    assert f"-> Danke, bis bald! ({REVIEW_LEFT})" in result.stdout
    failing = run("check", draft, "--optout", OPTOUT, "--fail-on", "review")
    assert "did not fail" not in failing.stderr
    assert "-> Danke, bis bald!\n" in failing.stdout  # --fix writes it there


def test_json_lines_give_each_finding_fix_and_hand_edit_as_an_object(run, drafts):
    """For scripts, `--format json` prints an object a line, each with its type; nothing else goes to stdout."""
    fixable, empty = drafts
    result = run("check", fixable, empty, "--optout", OPTOUT, "--fix", "--format", "json")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["type"], Path(r["path"]).name) for r in records] == [
        ("finding", "fixable.md"),
        ("fix", "fixable.md"),
        ("finding", "empty.txt"),
        ("hand_edit", "empty.txt"),
    ]
    finding, fix, _, by_hand = records
    assert finding == {
        "type": "finding",
        "path": str(fixable),
        "line": 3,
        "column": 1,
        "level": "hit",
        "people": ["optout-001"],
        "rule": "exact",
        "suggestion": "Sie sagt ja! 💍",
    }
    assert fix["written"] and "-Lena Vogt sagt ja! 💍\n+Sie sagt ja! 💍\n" in fix["diff"]
    assert by_hand == {
        "type": "hand_edit",
        "path": str(empty),
        "line": 1,
        "why": "nothing left: delete or rewrite by hand",
    }
    assert fixable.read_text(encoding="utf-8") == "# Juni\n\nSie sagt ja! 💍\n#hochzeit\n"


def test_a_list_without_ids_shows_the_row_not_the_name_in_finding_lines(run, tmp_path):
    """Without an id column a person's id is their name; check's lines, which CI logs keep, show the person's row
    in the list, which names no one and still tells two people apart."""
    optout = tmp_path / "l.csv"
    optout.write_text("name\nJonas Müller\nLena Vogt\n", encoding="utf-8")
    draft = tmp_path / "x.txt"
    draft.write_text("Kaffee mit Lena Vogt und Jonas Müller", encoding="utf-8")
    for extra in ([], ["--format", "github"]):
        result = run("check", draft, "--optout", optout, *extra)
        assert result.exit_code == 1
        assert all(f"names opted-out person 'list row {n}'" in result.stdout for n in (2, 3))
        assert "Vogt" not in result.stdout.replace("Kaffee mit Lena Vogt und Jonas Müller", "")
    result = run("check", draft, "--optout", optout, "--format", "json")
    assert sorted(json.loads(line)["people"][0] for line in result.stdout.splitlines()) == ["list row 2", "list row 3"]
    assert "Vogt" not in result.stdout


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_fix_keeps_the_drafts_byte_order_mark(run, tmp_path, encoding):
    draft = tmp_path / "x.txt"
    draft.write_bytes("Kaffee mit Lena Vogt\r\nDanke!\r\n".encode(encoding))
    assert run("check", draft, "--optout", OPTOUT, "--fix", "--no-backup").exit_code == 1
    assert draft.read_bytes() == "Kaffee\r\nDanke!\r\n".encode(encoding)


def test_a_unit_left_for_a_hand_edit_is_one_line_whatever_its_rewrite(run, tmp_path):
    draft = tmp_path / "x.txt"
    draft.write_text("Hallo!\nDanke Jonas Müller für\n", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--diff")
    assert f"{draft}:2: needs a hand edit: no safe rewrite; the best is: Hallo! / Danke für\n" in result.stdout
    plain = run("check", draft, "--optout", OPTOUT)  # without --diff too, the line says it is no safe rewrite
    assert "-> Danke für (not safe to write as it reads: --fix leaves it for a hand edit)\n" in plain.stdout
    (line,) = run("check", draft, "--optout", OPTOUT, "--format", "json").stdout.splitlines()
    record = json.loads(line)  # a script takes the suggestion as the text to post: the note is a field of its own
    assert (record["suggestion"], record["note"]) == ("Danke für", NOT_SAFE)


def test_the_originals_a_fix_kept_are_passed_over_on_the_next_check(run, tmp_path):
    """`check drafts/*` after a fix names the FILE.orig backups too: they are said to be left out, not refused."""
    draft = tmp_path / "x.md"
    draft.write_text("Kaffee mit Lena Vogt\n", encoding="utf-8")
    assert run("check", draft, "--optout", OPTOUT, "--fix").exit_code == 1
    other = tmp_path / "y.txt"
    other.write_text("Kaffee mit Lena Vogt\n", encoding="utf-8")
    assert run("check", other, "--optout", OPTOUT, "--fix").exit_code == 1
    result = run("check", draft, tmp_path / "x.md.orig", other, tmp_path / "y.txt.orig", "--optout", OPTOUT)
    assert result.exit_code == 0
    assert "left out 2 originals check --fix kept (FILE.orig)" in result.stderr  # one line, however many
    assert "x.md.orig" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Checked 2 files:")  # the originals are not counted
    folder = run("check", tmp_path, "--optout", OPTOUT)  # the folder's too, as formats.md says
    assert "left out 2 originals check --fix kept (FILE.orig)" in folder.stderr
    assert folder.stderr.splitlines()[-1].startswith("Checked 2 files:")


def test_fix_and_diff_together_are_refused_and_write_nothing(run, tmp_path):
    draft = tmp_path / "x.txt"
    draft.write_text("Kaffee mit Lena Vogt\n", encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix", "--diff")
    assert result.exit_code == 2
    assert "--fix writes the rewrites and --diff only shows them: pass one of the two" in result.stderr
    assert draft.read_text(encoding="utf-8") == "Kaffee mit Lena Vogt\n" and not (tmp_path / "x.txt.orig").exists()


@pytest.mark.parametrize("given", ["file", "folder"])
def test_the_list_a_run_reads_is_never_a_draft(run, tmp_path, given):
    """A list saved as .txt beside the drafts ("check . --fix", or a pre-commit hook matching *.txt) would have
    its names rewritten and no longer load; it is left out, with a note."""
    listed = tmp_path / "optout.txt"
    listed.write_text("name\nLena Vogt\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Kaffee mit Lena Vogt", encoding="utf-8")
    paths = [listed, draft] if given == "file" else [tmp_path]
    result = run("check", *paths, "--optout", listed, "--fix", "--no-backup")
    assert listed.read_text(encoding="utf-8") == "name\nLena Vogt\n"
    assert draft.read_text(encoding="utf-8") == "Kaffee"
    assert "left out: it is the opt-out list" in result.output


@pytest.mark.parametrize(
    "text",
    [
        'Danke an Lena Vogt! Ab heute gibt es bei uns den „Lena-Chai"!',  # emptied quotation marks, any closing one
        "Danke an Lena Vogt! Ab heute gibt es bei uns den Lena-Chai!",  # an article left with nothing after it
    ],
)
def test_fix_leaves_a_product_named_after_the_person_for_a_hand_edit(run, tmp_path, text):
    """ "den „"!" and "den „Die Freundin"" were written as safe; the draft is left as it was."""
    draft = tmp_path / "d.txt"
    draft.write_text(text, encoding="utf-8")
    result = run("check", draft, "--optout", OPTOUT, "--fix", "--no-backup")
    assert draft.read_text(encoding="utf-8") == text
    assert "needs a hand edit" in result.output


def test_fix_writes_no_versus_with_a_side_gone(run, tmp_path):
    """ "Latte art battle: Vs. Who won?" was written as safe once both sides went; the role words keep both."""
    draft = tmp_path / "d.txt"
    draft.write_text("Latte art battle: @lena.vogt vs. Jonas Müller – who won?", encoding="utf-8")
    run("check", draft, "--optout", OPTOUT, "--fix", "--no-backup")
    assert draft.read_text(encoding="utf-8") == "Latte art battle: A friend vs. Another friend – who won?"


def test_a_jsonl_draft_whose_records_say_caption_is_read_and_fixed_there(run, tmp_path):
    """A planner's or a script's records head their texts as a table of posts would: "caption", not "text"."""
    draft = tmp_path / "posts.jsonl"
    draft.write_text(
        '{"id": 1, "caption": "Lena Vogt sagt ja! 💍"}\n{"id": 2, "caption": "Kuchen"}\n', encoding="utf-8"
    )
    result = run("check", draft, "--optout", OPTOUT, "--fix")
    assert result.exit_code == 1 and "expected an object" not in result.stderr
    assert draft.read_text(encoding="utf-8").splitlines() == [
        '{"id": 1, "caption": "Sie sagt ja! 💍"}',
        '{"id": 2, "caption": "Kuchen"}',
    ]


def test_the_list_as_the_only_input_is_refused_not_passed_clean(run, tmp_path):
    """Nothing scanned is no clean run: `scan LIST --optout LIST` had said "no findings in 0 units", exit 0."""
    listed = tmp_path / "optout.csv"
    listed.write_text("name\nLena Vogt\n", encoding="utf-8")
    for command in ("check", "scan"):
        result = run(command, listed, "--optout", listed)
        assert result.exit_code == 2 and "not posts: pass the drafts or exports to scan" in result.stderr
        assert "Lena" not in result.output
