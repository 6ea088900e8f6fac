"""Writing outputs so that a crash or Ctrl-C never leaves a half-written file, and no output
lands on something it should not: a symlink is written through (the link stays), a FIFO or a
device is written into (never renamed over), and a file kamerparse did not write is left alone.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import math
import os
import signal
import stat
import tempfile
from json.encoder import encode_basestring as _encode_str  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any, TextIO

#: the largest existing file read to see whether kamerparse wrote it
_OWN_OUTPUT_MAX_BYTES = 256 * 2**20


def _umask() -> int:
    """The process umask, read without changing it (os.umask can only set-and-return)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def resolve_target(path: str | os.PathLike[str]) -> tuple[str, bool]:
    """The file an output to ``path`` goes to (symlinks followed), and whether it is a special
    file (a FIFO, a device) that must be written into rather than replaced."""
    real = os.path.realpath(path)
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real, False
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "is a directory", os.fspath(path))
    return real, not stat.S_ISREG(mode)


_SIGNALS = {getattr(signal, n) for n in ("SIGINT", "SIGTERM") if hasattr(signal, n)}


def _hold_signals() -> set[signal.Signals] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)


def _release_signals(old: set[signal.Signals] | None) -> None:
    if old is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename."""
    real, special = resolve_target(path)
    if special:
        with open(real, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        return
    target = Path(real)
    target.parent.mkdir(parents=True, exist_ok=True)
    # an interrupt between creating the temporary file and the cleanup below being armed
    # would leave it behind: signals wait until it is armed
    held = _hold_signals()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except BaseException:
        _release_signals(held)
        raise
    try:
        _release_signals(held)
        if hasattr(os, "fchmod"):  # not on Windows, where mkstemp's file is not private anyway
            # mkstemp makes the file private; an output file gets the mode a new file would get
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def written_by_us(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` does not exist or holds a document kamerparse wrote (so it may be
    replaced); a user's own file of the same name is not."""
    try:
        real, special = resolve_target(path)
        if special:
            return True  # a FIFO or a device is written into, nothing is lost
        if not os.path.exists(real):
            return True
        if os.path.getsize(real) > _OWN_OUTPUT_MAX_BYTES:
            return False
        with open(real, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and "schema_version" in doc and "source" in doc


class JsonlFile:
    """``--jsonl FILE``: lines go to ``FILE.part``, which replaces FILE only when the run is
    complete (``commit``); an interrupted run keeps the previous FILE (``abandon`` says where
    the partial lines are). A FIFO or a device is written into directly."""

    def __init__(self, path: str) -> None:
        self.real, special = resolve_target(path)
        self.part: str | None = None if special else self.real + ".part"
        self.file: TextIO = open(  # noqa: SIM115
            self.part or self.real, "w", encoding="utf-8", newline="\n"
        )

    def write(self, line: str) -> None:
        self.file.write(line)

    def commit(self) -> None:
        self.file.close()
        if self.part is not None:
            os.replace(self.part, self.real)

    def abandon(self) -> str | None:
        """Close without publishing; the name of the partial file, if one was kept."""
        with contextlib.suppress(OSError):
            self.file.close()
        return self.part


# ---------------------------------------------------------------------------- JSON text
#
# ``json.dumps(indent=1)`` cannot use the C encoder and builds the text through nested Python
# generators, and ``dataclasses.asdict`` deep-copies every value it meets: together they cost
# a tenth of a letter's parse. The two functions below give the same bytes in a fraction of
# the time; anything they were not written for goes back to the standard library.

_ATOMS = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the model's values: dataclasses, lists, tuples, dicts and
    JSON atoms, rebuilt without copying the atoms (strings, numbers are immutable)."""
    tp = type(value)
    if tp in _ATOMS:
        return value
    names = _FIELDS.get(tp)
    if names is None and dataclasses.is_dataclass(tp):
        names = _FIELDS[tp] = tuple(f.name for f in dataclasses.fields(tp))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if tp is list:
        return [plain(v) for v in value]
    if tp is tuple:
        return tuple(plain(v) for v in value)
    if tp is dict:
        return {plain(k): plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


class _Unusual(Exception):
    """A value ``pretty_json`` was not written for: the standard encoder takes it."""


def pretty_json(value: Any, indent: int = 1) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, byte for byte."""
    parts: list[str] = []
    try:
        _pretty(value, "\n", " " * indent, parts)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=indent)
    return "".join(parts)


def _pretty(value: Any, newline: str, step: str, out: list[str]) -> None:
    tp = type(value)
    if tp is str:
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif tp is int:
        out.append(int.__repr__(value))
    elif tp is float:
        out.append(_float(value))
    elif tp is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + step
        sep = "{" + inner
        for k, v in value.items():
            if type(k) is not str:
                raise _Unusual
            out.append(sep)
            out.append(_encode_str(k))
            out.append(": ")
            _pretty(v, inner, step, out)
            sep = "," + inner
        out.append(newline + "}")
    elif tp is list or tp is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + step
        sep = "[" + inner
        for v in value:
            out.append(sep)
            _pretty(v, inner, step, out)
            sep = "," + inner
        out.append(newline + "]")
    else:  # a subclass of a JSON type, or something the encoder's default would refuse
        raise _Unusual
