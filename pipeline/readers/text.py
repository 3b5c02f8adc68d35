"""Read .txt, .md and .rst papers: robust decoding, markup stripped, form feeds as pages.

Markdown and HTML markup (as in exported board papers: `<b>Date of Meeting:</b>`,
`**Title:**`, pipe tables) is reduced to plain text before offsets are fixed, so every
span points at words a reader sees.
"""
from __future__ import annotations

import bisect
import html
import re

from boardpapers.schemas.paper import PaperError
from boardpapers.pipeline.readers import cleanup, furniture

_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MARKUP_HINT = re.compile(r"</?(?:b|i|u|p|br|strong|em|span|div|table|tr|td|th|h[1-6])\b[^>]*>|^\s{0,3}#{1,6}\s|\*\*\S", re.M | re.I)
_MARKUP_HINT_NO_TAG = re.compile(r"^\s{0,3}#{1,6}\s|\*\*\S", re.M)
# Front matter of a static-site page: YAML between "---" lines, TOML between "+++" lines, or a
# block of "key: value" lines at the very top (Nikola, Pelican). Its title is the paper's; the
# rest (slug, tags, the page's publication date) is the site's.
_FRONT_MATTER = re.compile(r"\A(?:---\n(?P<yaml>.*?)\n---[ \t]*\n|\+\+\+\n(?P<toml>.*?)\n\+\+\+[ \t]*\n"
                           r"|(?P<keys>(?:(?i:title|slug|date|tags|category|categories|link|description|type|author|layout|"
                           r"hidetitle|status|summary)[ \t]*:[^\n]*\n){3,})\s*\n)", re.S)
_FRONT_TITLE = re.compile(r"(?im)^[ \t]*title[ \t]*[:=][ \t]*[\"']?(?P<t>[^\n\"']*?)[\"']?[ \t]*$")


_OWN_TITLE = re.compile(r"(?i)\b(?:minutes|meeting|agenda|agm|annual\s+general)\b")


def _front_matter(m: re.Match) -> str:
    """The page's title where the paper opens without one of its own (a first line naming the
    minutes or meeting: "STOKE FERRY PARISH COUNCIL ... Minutes of the Ordinary Meeting ...")."""
    title = _FRONT_TITLE.search(m.group("yaml") or m.group("toml") or m.group("keys") or "")
    if not title or not title["t"].strip():
        return ""
    opening = [ln.strip(" \t#*_") for ln in m.string[m.end():m.end() + 1500].split("\n") if ln.strip()][:3]
    if any(_OWN_TITLE.search(ln) and 2 <= len(ln.split()) <= 40 and not ln.rstrip().endswith(".")
           and not re.search(r"(?i)\b(?:was|were)\b", ln) for ln in opening):
        return ""   # (a bare "Minutes" heading, or "Minutes of March 25 were approved", is not a title)
    return f"{title['t'].strip()}\n\n"


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    sample = data[:65536]
    if b"\x00" in sample:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return wide
        raise PaperError("binary", "the file holds binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        warning = f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); decoded as cp1252"
        return data.decode("cp1252", errors="replace"), [warning]


def _utf16_without_bom(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-16 (or UTF-32) text saved without a byte-order mark, as some Windows tools write it:
    NUL bytes are half its bytes. charset-normalizer names the encoding; the decoded text must
    also read as text (almost no control characters), or the file is binary after all."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    try:
        text = data.decode(best.encoding.replace("_", "-"))
    except UnicodeDecodeError:
        return None
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if not sample.strip() or controls > len(sample) / 100:
        return None
    return text, [f"no byte-order mark: decoded as {best.encoding.replace('_', '-').upper()}"]


def looks_like_markup(text: str) -> bool:
    """Two hints of markup in the first 200,000 characters. A tag hint reaches the next
    ">", so past the last ">" none can match: counting there without the tag pattern
    gives the same matches, and spares a scan to the end for every "<b" that has no ">"."""
    text = text[:200000]
    last_gt = text.rfind(">")
    found = _MARKUP_HINT.findall(text, 0, last_gt + 1) if last_gt >= 0 else []
    if len(found) >= 2:
        return True
    return len(found) + len(_MARKUP_HINT_NO_TAG.findall(text, last_gt + 1)) >= 2


def _sub_bold(line: str) -> str:
    """`(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1` -> group 2, without scanning the rest of the line
    from every opener that has no closer: the closer is the first same marker at least
    one character on whose preceding character is not a space."""
    if "**" not in line and "__" not in line:
        return line
    closers = {d: [q for q in range(1, len(line) - 1) if line.startswith(d, q) and not line[q - 1].isspace()]
               for d in ("**", "__")}
    out, pos, p, n = [], 0, 0, len(line)
    while p < n - 1:
        d = line[p:p + 2]
        if d in closers and p + 2 < n and not line[p + 2].isspace():
            qs = closers[d]
            i = bisect.bisect_left(qs, p + 3)
            if i < len(qs):
                q = qs[i]
                out.append(line[pos:p])
                out.append(line[p + 2:q])
                pos = p = q + 2
                continue
        p += 1
    out.append(line[pos:])
    return "".join(out)


def _sub_images(text: str) -> str:
    """`!\\[([^\\]]*)\\]\\([^)]*\\)` -> group 1. An opener that fails fails for every opener up
    to its "]", so the search goes on from there: one pass."""
    if "![" not in text:
        return text
    last_paren = text.rfind(")")
    out, pos, p = [], 0, 0
    while True:
        p = text.find("![", p)
        if p < 0:
            break
        q = text.find("]", p + 2)
        if q < 0:
            break
        if text.startswith("(", q + 1) and last_paren > q + 1:
            r = text.find(")", q + 2)
            out.append(text[pos:p])
            out.append(text[p + 2:q])
            pos = p = r + 1
            continue
        p = q  # "!" cannot stand at q, but a "![" can start at q + 1 at the earliest: find from q
    out.append(text[pos:])
    return "".join(out)


def _sub_links(text: str) -> str:
    """`\\[([^\\]]+)\\]\\((?:[^()]|\\([^)]*\\))*\\)` -> group 1, in one pass: the target after
    "](" is read once per position (where it ends, or that it never closes, is kept)."""
    if "](" not in text:
        return text
    n = len(text)
    ends: dict[int, int] = {}     # position in the target -> end of the match, or -1

    def target_end(r: int) -> int:
        path = []
        result = -1
        while r < n:
            if r in ends:
                result = ends[r]
                break
            path.append(r)
            c = text[r]
            if c == ")":
                result = r + 1
                break
            if c == "(":
                j = text.find(")", r + 1)
                if j < 0:
                    break
                r = j + 1
            else:
                r += 1
        for k in path:
            ends[k] = result
        return result

    out, pos, p = [], 0, 0
    while True:
        p = text.find("[", p)
        if p < 0:
            break
        q = text.find("]", p + 1)
        if q < 0:
            break
        if q == p + 1:
            p += 1
            continue
        if text.startswith("(", q + 1):
            e = target_end(q + 2)
            if e >= 0:
                out.append(text[pos:p])
                out.append(text[p + 1:q])
                pos = p = e
                continue
        p = q + 1   # every "[" before q shares this "]" and fails alike
    out.append(text[pos:])
    return "".join(out)


def strip_markup(text: str) -> str:
    """Markdown/HTML to plain text: tags, emphasis, headings, links, table rules."""
    text = _FRONT_MATTER.sub(_front_matter, text, count=1)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"</(?:p|div|tr|h[1-6]|li)>", "\n", text, flags=re.I)
    text = re.sub(r"</t[dh]>", "\t", text, flags=re.I)
    text = _TAG_RE.sub("", text)
    text = html.unescape(text)
    text = _sub_images(text)                                           # images: ![alt](src)
    text = _sub_links(text)                                            # links: [words](target)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}(?:>[ \t]?)+", "", line)               # block quotes
        line = re.sub(r"^\[![\w-]+\][-+]?[ \t]*", "", line)           # callouts: "[!abstract]- Vote:"
        if ("---" in line or "|" in line) and re.fullmatch(r"[\s|:\-]+", line) and "-" in line \
                or re.fullmatch(r"\s*(?:\*{3,}|_{3,})\s*", line):
            lines.append("")          # table rule / horizontal rule
            continue
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)                 # headings
        line = re.sub(r"^(\s*)[-*+]\s+", r"\1• ", line)                 # bullets
        if line.strip().startswith("|") and line.count("|") >= 2:       # pipe tables
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        line = _sub_bold(line)                                          # bold: **words**, __words__
        line = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)", r"\1", line)  # italics
        line = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", line)            # escapes: any ASCII punctuation ("\$95.14")
        line = re.sub(r"(?<!\s)\s*\{#[\w-]+\}\s*$", "", line)                  # heading anchors "{#new_business}"
        lines.append(line)
    return "\n".join(lines)


_CONNECTOR_END = re.compile(r"(?i)(?:[,(&–-]|\b(?:and|or|of|the|to|in|for|with|by|on|at|a|an|as|from|that|which|be|is|are))\s*$")


def undouble(page: str) -> str:
    """Join lines that a double-spaced export split with blank lines.

    Converted minutes often put a blank line after every printed line; a blank line that
    falls mid-sentence (the line before ends without a full stop and the next goes on in
    lower case, or the line before ends on "of", "and", a comma) is not a paragraph break.
    """
    lines = page.split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    doubled = sum(1 for i in nonblank if i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip())
    if len(nonblank) < 10 or doubled < 0.5 * len(nonblank):
        return page
    lengths = sorted(len(lines[i]) for i in nonblank)
    full = lengths[len(lengths) * 3 // 4]          # a line that fills the measure
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (ln.strip() and i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip()
                and not re.search(r"[.:;!?]\**\s*$", ln)
                and (re.match(r"\s*(?:\**\s*)?[a-z0-9(]", lines[i + 2]) or _CONNECTOR_END.search(ln)
                     or len(ln) >= 0.8 * full)):
            out.append(ln)
            i += 2          # drop the blank line: the sentence goes on
            continue
        out.append(ln)
        i += 1
    return "\n".join(out)


_RST_ADORNMENT = re.compile(r"[ \t]*([=\-~^*#+`:'\".])\1{2,}[ \t]*")
_RST_TARGET = re.compile(r"^\s*\.\.\s+(?:_[^:]*:|\[[^\]]*\]|\|[^|]*\|)")     # ".. _Joyce Doyle: http://..."
_RST_DIRECTIVE = re.compile(r"^\s*\.\.\s+[\w-]+::")
_RST_INLINE = [
    (re.compile(r"`([^`<>\n]{1,200}?)\s*<[^<>`\n]{1,500}>`__?"), r"\1"),    # `text <url>`_
    (re.compile(r"`([^`\n]{1,200})`__?"), r"\1"),                          # `Name`_
    (re.compile(r":[\w-]{1,30}:`([^`\n]{1,200})`"), r"\1"),                # :role:`x`
    (re.compile(r"``([^`\n]{1,500})``"), r"\1"),                            # ``literal``
    (re.compile(r"\$(?:Date|Revision|Author|Id):\s?([^$\n]{0,200}?)\s?\$"), r"\1"),   # RCS keywords
]


def strip_rst(text: str) -> str:
    """reStructuredText to plain text: section underlines, link targets and directives dropped,
    inline roles, links and literals reduced to their words. One pass per line, bounded patterns."""
    lines = []
    for line in text.split("\n"):
        if _RST_ADORNMENT.fullmatch(line) or _RST_TARGET.match(line) or _RST_DIRECTIVE.match(line):
            continue
        for pattern, repl in _RST_INLINE:
            if "`" in line or "$" in line:
                line = pattern.sub(repl, line)
        line = re.sub(r"(?<=\S)::[ \t]*$", ":", line)
        line = re.sub(r"^([ \t]*):([\w][\w \t-]{0,40}):(?=\s)", r"\1\2:", line)   # field list ":Date: ..."
        lines.append(_sub_bold(line))
    return "\n".join(lines)


def read_text(data: bytes, name: str) -> tuple[str, list[tuple[int, int]], bool, str, list[str]]:
    """Return (text, pages, paged, format, warnings) for a text or markdown paper."""
    text, warnings = decode(data)
    if not text.strip():
        raise PaperError("empty", "the file holds no text (only whitespace)")
    # Control characters other than tab/newline/form feed in quantity mean binary data.
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.01 * min(len(text), 65536):
        raise PaperError("binary", "the file holds binary data, not text")
    fmt = "text"
    if name.lower().endswith((".rst", ".rest")):
        fmt = "restructuredtext"
    elif name.lower().endswith(".md") or looks_like_markup(text):
        fmt = "markdown"
    raw_pages = text.split("\f")
    paged = len(raw_pages) > 1
    cleaned = []
    for page in raw_pages:
        page = cleanup.normalise_chars(page)
        if fmt == "markdown":
            page = strip_markup(page)
        elif fmt == "restructuredtext":
            page = strip_rst(page)
        cleaned.append(undouble(page))
    cleaned = furniture.remove_text_furniture(cleaned)
    cleaned = [cleanup.tidy_whitespace(cleanup.rejoin_hyphenation(p)) for p in cleaned]
    out, pages, pos = [], [], 0
    for i, page in enumerate(cleaned):
        page = page.strip("\n") + "\n"
        if i:
            out.append("\n")
            pos += 1
        pages.append((pos, pos + len(page)))
        out.append(page)
        pos += len(page)
    return "".join(out), pages, paged, fmt, warnings
