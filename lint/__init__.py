"""solieu: a consistency-checking linter for the figures in Vietnamese government reports.

The import package is ``lint``.  The rule plugins (``rules/``) and the Lark grammar
(``grammar/``) live at the top of a source checkout and inside ``lint/`` in an installed
wheel; :mod:`lint.resources` finds them either way and exposes the rule modules as the
package ``lint.rules`` so that entry points such as ``lint.rules.n101_dot_decimal:DotDecimal``
load the same way everywhere.
"""

from __future__ import annotations

from lint.dataclass_code import install as install_dataclass_code
from lint.regex_code import install as install_regex_code

install_dataclass_code()  # before any dataclass of lint is created
install_regex_code()  # before any regular expression of lint is compiled

from lint.resources import install_rules_package  # noqa: E402

__version__ = "0.1.0"

install_rules_package()
