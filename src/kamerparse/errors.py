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
