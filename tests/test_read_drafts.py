"""Drafts: .txt/.md are one unit each (a Markdown post under each heading), .jsonl one unit per record; and the
`extract` input lines."""

from __future__ import annotations

import pytest

from captionscan.read import read_paths
from captionscan.read.lines import texts_of_lines
from captionscan.read.markup import markup_spans
from captionscan.records import Skipped, TextUnit


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_text_draft_is_one_unit(tmp_path, suffix):
    path = tmp_path / f"draft{suffix}"
    path.write_text("Hochzeit mit\nLena Vogt 💍\n", encoding="utf-8")
    (unit,) = read_paths([path])
    assert unit == TextUnit(unit.source, "Hochzeit mit\nLena Vogt 💍\n")
    assert (unit.source.path, unit.source.member, unit.source.index, unit.source.field) == (
        str(path),
        None,
        None,
        "text",
    )


def test_a_markdown_draft_with_a_heading_over_each_post_is_a_unit_a_post(tmp_path):
    """A planner's month in one file: a unit from each heading of the level that heads two or more posts (and of a
    higher one, the month's title) to the next; a heading in a code block heads nothing; one heading, one unit."""
    path = tmp_path / "juni.md"
    path.write_text("# Juni\n\n## Mo\n\nLena Vogt sagt ja\n\n## Di\n```\n## Code\n```\nKaffee\n\n", encoding="utf-8")
    units = list(read_paths([path]))
    assert [(u.source.line, u.text) for u in units] == [
        (1, "# Juni"),
        (3, "## Mo\n\nLena Vogt sagt ja"),
        (7, "## Di\n```\n## Code\n```\nKaffee"),
    ]
    assert units[1].position(units[1].text.index("Lena")) == (5, 1)  # the file's line and column
    path.write_text("# Juni\n\nLena Vogt sagt ja\n", encoding="utf-8")
    assert [(u.source.line, u.text) for u in read_paths([path])] == [(None, "# Juni\n\nLena Vogt sagt ja\n")]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("---\n# author\n# x\n---\n## Mo\nA\n## Di\nB\n", [1, 5, 7]),  # front matter heads nothing
        ("# Juni\n## Mo\nA\n## Di\nB\n# Juli\n## Mi\nC\n", [1, 2, 4, 6, 7]),  # two months, each with posts
        ("## Mo\nKaffee\u2028mit Tim\n\n## Di\nWandern\n", [1, 4]),  # lines as a finding's are counted: "\n"
        ("<!-- captionscan: allow Lena Vogt -->\n## Mo\nLena Vogt\n## Di\nLena Vogt\n", [None]),  # the draft's
        # a post's own sections ("### Text", "### Hashtags" under each) are parts of it
        ("## Mo\n### Text\nA\n### Hashtags\n#a\n## Di\n### Text\nB\n### Hashtags\n#b\n", [1, 6]),
    ],
)
def test_the_posts_of_a_markdown_draft(tmp_path, text, lines):
    path = tmp_path / "juni.md"
    path.write_text(text, encoding="utf-8")
    assert [u.source.line for u in read_paths([path])] == lines


def test_jsonl_draft_records_and_a_bad_line(tmp_path):
    path = tmp_path / "drafts.jsonl"
    path.write_text(
        '{"id": "a", "text": "eins"}\n\n{"id": 7, "text": "zwei"}\nnot json\n{"id": "c"}\n', encoding="utf-8"
    )
    items = list(read_paths([path]))
    assert [(i.source.index, i.source.id, i.text) for i in items if isinstance(i, TextUnit)] == [
        (0, "a", "eins"),
        (2, "7", "zwei"),
    ]
    assert [(i.where, i.problem.split(":")[0]) for i in items if isinstance(i, Skipped)] == [
        ("line 4", "malformed JSON"),
        ("line 5", 'expected an object with a "text" string'),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("eins\nzwei\n", ["eins", "zwei"]),
        ("eins\n\ndrei", ["eins", "", "drei"]),
        ("windows\r\nlines\r\n", ["windows", "lines"]),
        ('{"text": "a"}\n{"text": "b", "x": 1}\n', ["a", "b"]),
        ('{"text": "a"}\nplain line\n\n', ["a", "plain line", ""]),
        ("text with \u2028 separator\n", ["text with \u2028 separator"]),
    ],
)
def test_extract_input_gives_one_text_per_line(content, expected):
    assert texts_of_lines(content) == expected


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("---\ntitle: Lena\n---\nLena sagt ja", ["---\ntitle: Lena\n---\n"]),
        ("+++\nslug = 'lena'\n+++\nText", ["+++\nslug = 'lena'\n+++\n"]),
        ("Text\n\n```\n@lena\n```\nmehr", ["```\n@lena\n```\n"]),
        ("Mit `@lena` am See", ["`@lena`"]),
        (
            '![Lena](img/lena.jpg) und [Blog](https://x.de/a_(b) "Lena")',
            ["](img/lena.jpg)", '](https://x.de/a_(b) "Lena")'],
        ),
        ("Text <!-- an lena@x.de --> und <https://x.de/lena>", ["<!-- an lena@x.de -->", "<https://x.de/lena>"]),
        ("Lena [und Tim](https://x.de) - kein Code", ["](https://x.de)"]),
        ("Text\u2028mehr\n\n```\n@lena\n```\n", ["```\n@lena\n```\n"]),  # a line separator is no line break here
    ],
)
def test_the_markup_of_a_markdown_draft(text, markup):
    assert [text[a:b] for a, b in markup_spans(text)] == markup
