"""The one exception kamerparse raises for bad input."""

from __future__ import annotations


class ParseError(Exception):
    """An input that cannot be parsed. ``kind`` is a short stable code, ``str()`` the reason.

    Kinds: "unreadable", "empty", "binary", "too-large", "not-pdf", "encrypted", "corrupt-pdf",
    "no-text-layer", "no-pages", "corrupt-docx", "corrupt-xml", "unsupported",
    "ocr-failed".
    """

    def __init__(self, kind: str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.path = path

    def __reduce__(self):  # keep kind and path when sent between processes
        return (type(self), (self.kind, self.message, self.path))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def printable(path: str) -> str:
    """A file name as one line of valid text: bytes that are not UTF-8 (kept by Python as lone
    surrogates) as ``\\xff``, control characters such as a newline as ``\\n``, so that a name
    can neither break an output's encoding nor forge a second message line."""
    if path.isprintable():
        return path
    raw = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else _escape(c) for c in raw)


def source_name(path: str) -> str:
    """A file name fit for a document's ``source.path``: only undecodable bytes escaped."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def _escape(c: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if c in named:
        return named[c]
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"
