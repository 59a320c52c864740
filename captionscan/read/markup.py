"""Where a Markdown draft is markup, not the caption's words: front matter, code, HTML, link and image targets.

`check --fix` writes no rewrite into these: a slug, a file name, a URL or a code sample changed by a sentence's
rules breaks the file (a link's target cut to "[]", "slug: Studio"). The blocks come from markdown-it-py, the parser
rich renders Markdown with; it gives them as line ranges, and its inline tokens carry no offsets, so link targets,
inline code and HTML comments within a line are found by the patterns below, which follow CommonMark's forms.
"""

from __future__ import annotations

import regex

# YAML (---) or TOML (+++) front matter opening the file.
FRONT_MATTER = regex.compile(r"\A(---|\+\+\+)[^\S\n]*\n.*?\n\1[^\S\n]*(?:\n|\Z)", regex.DOTALL)
INLINE = regex.compile(
    r"(?P<tick>`+)(?:(?!(?P=tick)).)+(?P=tick)"  # inline code: `@lena.vogt`
    r"|\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)"  # a link's or image's target: ](img/lena.jpg)
    r"|<!--.*?-->"  # an HTML comment
    r"|<https?://[^>\s]+>",  # an autolink
    regex.DOTALL,
)
BLOCKS = frozenset({"fence", "code_block", "html_block"})
NEWLINE = regex.compile(r"\n")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character ranges of `text` that are Markdown markup."""
    from markdown_it import MarkdownIt  # only `check --fix` on a Markdown draft pays for the import

    spans: list[tuple[int, int]] = []
    body = 0
    if front := FRONT_MATTER.match(text):
        spans.append(front.span())
        body = front.end()
    starts = [0, *(m.end() for m in NEWLINE.finditer(text)), len(text)]  # markdown-it breaks lines at "\n" only
    first_line = text.count("\n", 0, body)
    for token in MarkdownIt("commonmark").parse(text[body:]):
        if token.type in BLOCKS and token.map:
            top, bottom = token.map
            spans.append((starts[first_line + top], starts[min(first_line + bottom, len(starts) - 1)]))
    spans += [m.span() for m in INLINE.finditer(text, body) if not in_markup(spans, *m.span())]
    return sorted(spans)


def in_markup(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does `start:end` overlap a span of markup?"""
    return any(a < end and start < b for a, b in spans)
