"""The exact rational type of every figure, interval and relation.

``quicktions.Fraction`` (a compiled drop-in for :class:`fractions.Fraction`, same values,
hashes, string forms and pickles) when it is installed, else the standard library's.  The
environment variable ``SOLIEU_PURE_PYTHON=1`` forces the standard type (the tests compare
both on the corpus: the output must be byte-identical).  Every module of ``lint`` and
``rules`` takes ``Fraction`` from here, so one run uses one type throughout; the two mix
correctly anyway (a value read back from a cache written by the other kind of run).
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fractions import Fraction
else:
    Fraction = None
    if os.environ.get("SOLIEU_PURE_PYTHON", "") in ("", "0"):
        with contextlib.suppress(ImportError):  # not installed: the standard type
            from quicktions import Fraction
    if Fraction is None:
        from fractions import Fraction

ACCELERATED = Fraction.__module__ != "fractions"

__all__ = ["ACCELERATED", "Fraction"]
