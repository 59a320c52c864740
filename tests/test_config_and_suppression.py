"""Configuration files, allow markers, the ignore file, and GitHub annotations."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import OPTOUT, assert_input_error
from typer.testing import CliRunner

import captionscan
from captionscan.cli import app
from captionscan.suppress import IGNORE_FILE

DRAFT = "# Entwurf\n\nTraumhochzeit am Tegernsee mit Lena Vogt 💍\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with a draft and a copy of the demo list beside it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "optout.csv").write_text(Path(OPTOUT).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_list_the_settings_name_that_is_missing_points_to_the_settings(repo):
    (repo / ".captionscan.toml").write_text('optout = "privat/liste.csv"\n', encoding="utf-8")
    result = run("check", "drafts/x.md")
    assert result.exit_code == 2
    assert "opt-out list not found: set the key 'optout' in" in result.stderr and ".captionscan.toml" in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (".captionscan.toml", 'optout = "lists/optout.csv"\n'),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.captionscan]\noptout = "lists/optout.csv"\n'),
    ],
)
def test_the_opt_out_list_comes_from_the_config(repo, name, content):
    (repo / name).write_text(content)
    result = run("check", "drafts/x.md")
    assert result.exit_code == 1 and result.stdout.startswith("drafts/x.md:3:32: hit:")


def test_without_list_from_either_source(repo):
    assert_input_error(run("check", "drafts/x.md"), "no opt-out list given: pass --optout FILE or set optout in")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("optout = [", "not valid TOML"),
        ('optout = "lists/optout.csv"\ncolour = "blue"\n', "key 'colour': unknown key"),
        ('optout = "lists/optout.csv"\nfail_on = "sometimes"\n', "key 'fail_on': must be one of hit, review"),
        ('optout = "lists/optout.csv"\nallow = "Lena"\n', "key 'allow': must be a list of strings"),
        ('optout = "lists/optout.csv"\ninitials = "yes"\n', "key 'initials': must be true or false"),
        ('optout = "lists/optout.csv"\nrelation = "Nachbarin"\n', "key 'relation': must be one of staff, client"),
    ],
)
def test_bad_config_names_file_and_key(repo, content, problem):
    (repo / ".captionscan.toml").write_text(content)
    result = run("check", "drafts/x.md")
    assert_input_error(result, ".captionscan.toml")
    assert problem in result.stderr


@pytest.mark.parametrize(("setting", "initials"), [("", []), ("initials = true\n", ["Kaffee mit L. V. am See"])])
def test_initials_are_suggested_only_where_the_settings_ask(repo, setting, initials):
    (repo / ".captionscan.toml").write_text(f'optout = "lists/optout.csv"\n{setting}')
    (report,) = captionscan.scan_texts(["Kaffee mit Lena Vogt am See"], captionscan.Session.open(settings=repo))
    assert report.best_rewrite == "Kaffee am See"
    assert [s.text for s in report.suggestions if s.strategy == "initials"] == initials


@pytest.mark.parametrize("hashed", [False, True])
@pytest.mark.parametrize(("setting", "first"), [("", "Sie hat"), ('relation = "Mitglied"\n', "Ein Mitglied hat")])
def test_the_settings_relation_is_everyone_s_the_list_gives_none(repo, setting, first, hashed):
    """A club's list is of members: the settings say so once, and a relation the list gives still wins."""
    plain = repo / "lists" / "club.csv"
    plain.write_text("id,name,Rolle,Geschlecht\n1,Lena Vogt,,w\n2,Jonas Müller,Trainer,m\n", encoding="utf-8")
    if hashed:
        run("optout", "hash", plain, "--key-file", repo / "k.key", "-o", repo / "lists" / "club-hashed.csv")
    listed = 'optout = "lists/club-hashed.csv"\nkey_file = "k.key"\n' if hashed else 'optout = "lists/club.csv"\n'
    (repo / ".captionscan.toml").write_text(listed + setting)
    texts = ["Lena Vogt hat den Kurs bestanden.", "Jonas Müller hat den Kurs geleitet."]
    reports = captionscan.scan_texts(texts, captionscan.Session.open(settings=repo))
    assert [r.best_rewrite for r in reports] == [
        f"{first} den Kurs bestanden.",
        "Ein Mitarbeiter hat den Kurs geleitet.",
    ]


def test_flags_override_the_config(repo):
    (repo / ".captionscan.toml").write_text('optout = "missing.csv"\nfail_on = "hit"\n')
    (repo / "drafts" / "y.txt").write_text("Danke Jonas!", encoding="utf-8")
    assert run("check", "drafts/y.txt", "--optout", "lists/optout.csv").exit_code == 0
    assert run("check", "drafts/y.txt", "--optout", "lists/optout.csv", "--fail-on", "review").exit_code == 1


def test_allow_list_and_exclude_globs(repo):
    (repo / ".captionscan.toml").write_text('optout = "lists/optout.csv"\nallow = ["@lena.vogt"]\n')
    assert run("check", "drafts/x.md").exit_code == 0
    (repo / ".captionscan.toml").write_text('optout = "lists/optout.csv"\nexclude = ["drafts/*.md"]\n')
    result = run("check", "drafts/x.md")
    assert result.exit_code == 0  # a file left out is said to be, not taken for a clean one
    assert "captionscan: note: drafts/x.md: left out by the settings' exclude" in result.stderr


@pytest.mark.parametrize(
    ("allow", "code", "warned"),
    [
        ("Lena Vogt", 0, False),  # the full name allows her
        ("@lena.vogt", 0, False),
        ("Lena", 1, True),  # written for an unlisted Lena, it would switch the listed one off everywhere
        ("Lena Vogd", 1, True),  # a near miss
        ("Max Mustermann", 1, False),  # names no one listed: nothing to say
    ],
)
def test_only_a_full_name_or_handle_allows_a_listed_person(repo, allow, code, warned):
    result = run("check", "drafts/x.md", "--optout", "lists/optout.csv", "--allow", allow)
    assert result.exit_code == code
    assert ("allow entry 1 names a listed person only in part" in result.stderr) is warned
    assert allow.split()[0] not in result.stderr  # never the entry, which may be a name


def test_a_markers_own_words_are_never_a_finding_nor_rewritten(repo):
    """A marker naming a listed person only in part allows no one, but its words are no mention: the rewrite keeps
    the marker as written (it had become "allow a friend") and still redacts the caption."""
    draft = repo / "drafts" / "x.md"
    draft.write_text("<!-- captionscan: allow Lena -->\nShooting mit Lena Vogt heute!\n", encoding="utf-8")
    result = run("check", draft.relative_to(repo), "--optout", "lists/optout.csv", "--fix", "--no-backup")
    assert result.exit_code == 1 and "drafts/x.md:1:" not in result.stdout
    assert draft.read_text(encoding="utf-8") == "<!-- captionscan: allow Lena -->\nShooting heute!\n"


@pytest.mark.parametrize(
    "marker",
    ["<!-- captionscan: allow Lena Vogt -->", "[//]: # (captionscan: allow @lena.vogt)"],
)
def test_an_inline_marker_allows_that_person_only(repo, marker):
    draft = repo / "drafts" / "x.md"
    draft.write_text(f"{marker}\n\n{DRAFT}Danke an Jonas Müller!\n", encoding="utf-8")
    result = run("check", draft.relative_to(repo), "--optout", "lists/optout.csv")
    assert result.exit_code == 1
    assert [line.split(" -> ")[0] for line in result.stdout.splitlines()] == [
        "drafts/x.md:6:10: hit: names opted-out person 'optout-002' (rule: exact)"
    ]


def test_the_ignore_file_holds_no_names_and_survives_edits_above(repo):
    args = ("check", "drafts/x.md", "--optout", "lists/optout.csv")
    assert run(*args, "--update-ignore").exit_code == 3
    ignore = (repo / IGNORE_FILE).read_text()
    assert "Lena" not in ignore and "lena" not in ignore and "x.md" not in ignore and len(ignore.splitlines()) == 4
    assert run(*args, "--update-ignore").exit_code == 0  # unchanged
    assert run(*args).exit_code == 0
    draft = repo / "drafts" / "x.md"
    draft.write_text("Neue Zeile\n" * 3 + draft.read_text(encoding="utf-8"), encoding="utf-8")
    assert run(*args).exit_code == 0
    draft.write_text(DRAFT + "Und Jonas Müller auch.\n", encoding="utf-8")
    assert run(*args).exit_code == 1  # a new mention is no deliberate one


def test_a_damaged_ignore_file_is_an_input_error(repo):
    (repo / IGNORE_FILE).write_text("key: 12\nnot a fingerprint\n")
    assert_input_error(run("check", "drafts/x.md", "--optout", "lists/optout.csv"), f"{IGNORE_FILE}: line 1")


def test_github_annotations(repo):
    result = run("check", "drafts/x.md", "--optout", "lists/optout.csv", "--format", "github")
    assert result.stdout.splitlines() == [
        "::error file=drafts/x.md,line=3,col=32::hit: names opted-out person 'optout-001' (rule: exact) "
        "-> Traumhochzeit am Tegernsee 💍"
    ]


def test_update_ignore_keeps_the_lines_of_files_not_checked(repo):
    (repo / "drafts" / "y.md").write_text("Danke an Jonas Müller!\n", encoding="utf-8")
    args = ("--optout", "lists/optout.csv")
    assert run("check", "drafts/x.md", "drafts/y.md", *args, "--update-ignore").exit_code == 3
    assert run("check", "drafts/x.md", *args, "--update-ignore").exit_code == 0  # y.md's line stays
    assert run("check", "drafts/x.md", "drafts/y.md", *args).exit_code == 0


def test_a_review_is_a_warning_on_its_line_and_a_namesakes_first_name_none(repo):
    optout = repo / "lists" / "anna.csv"
    optout.write_text("id,name,gender\nx1,Anna Schmidt,f\n", encoding="utf-8")
    draft = repo / "drafts" / "z.txt"
    draft.write_text("Wir waren am See.\nDanke Anna!\n", encoding="utf-8")
    result = run("check", "drafts/z.txt", "--optout", optout, "--format", "github")
    assert result.exit_code == 0
    assert result.stdout.startswith("::warning file=drafts/z.txt,line=2,col=7::review:")
    draft.write_text("Anna Berger war da.\nAnna kam später.\n", encoding="utf-8")  # Anna Berger's, not Anna Schmidt's
    result = run("check", "drafts/z.txt", "--optout", optout, "--format", "github")
    assert result.exit_code == 0 and result.stdout == ""


def test_github_annotations_escape_the_path(repo):
    draft = repo / "drafts" / "a, b.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run("check", "drafts/a, b.md", "--optout", "lists/optout.csv", "--format", "github")
    assert result.stdout.startswith("::error file=drafts/a%2C b.md,line=3,col=32::")
