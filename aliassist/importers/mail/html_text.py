"""An HTML mail part as plain text, with the standard library's html.parser, bounded: the input
is cut to a size the parser handles in well under a second, and the text stops growing at a
limit (an "HTML bomb" of nested or repeated tags gives a short text, not a hang)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: the most HTML read of one part, and the most text kept from it
MAX_HTML_CHARS = 400_000
MAX_TEXT_CHARS = 100_000

_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td", "th",
           "section", "article", "header", "footer", "blockquote", "hr", "title", "ul", "ol"}
_HIDDEN = {"script", "style", "head", "template", "noscript"}
#: a "<" with no ">" before the next "<" (or the end) opens no tag: html.parser rescans the rest
#: of the input from each such one (quadratic time on "<a <a <a ..."), so it becomes text first
_UNCLOSED = re.compile(r"<(?=[^<>]*(?:<|\Z))")


class _TextParser(HTMLParser):
    def __init__(self, limit: int):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._add("\n")
        elif tag == "td":
            self._add(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self._add(data)

    def _add(self, text: str) -> None:
        if self.size < self.limit:
            text = text[:self.limit - self.size]
            self.parts.append(text)
            self.size += len(text)


def html_to_text(html: str, *, max_html: int = MAX_HTML_CHARS,
                 max_text: int = MAX_TEXT_CHARS) -> str:
    """The visible text of `html`: blocks on their own lines, scripts and styles left out."""
    parser = _TextParser(max_text)
    parser.feed(_UNCLOSED.sub("&lt;", html[:max_html]))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
