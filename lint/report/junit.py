"""JUnit XML: one test suite a file, one failing test case a finding, one passing case for a
clean file, which is what Jenkins, GitLab and Azure test views count."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence

from lint.engine import FileResult
from lint.report.location import display_path

# characters XML 1.0 does not allow, even escaped (C0 controls but tab, LF, CR; surrogates;
# U+FFFE, U+FFFF): a report may contain them (a vertical tab from Word); shown as [U+000B]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"[U+{ord(match.group()):04X}]", text)


def render(results: Sequence[FileResult], lang: str) -> str:
    suites = ElementTree.Element("testsuites", name="solieu")
    total = failures = errors = 0
    for result in results:
        path = display_path(result.path)
        suite = ElementTree.SubElement(suites, "testsuite", name=path)
        cases = failed = broken = 0
        if result.document is None:
            case = ElementTree.SubElement(suite, "testcase", name="read", classname=path)
            error = result.error.text(lang) if result.error else None
            ElementTree.SubElement(case, "error", message=error or "").text = error
            cases, broken = 1, 1
        elif not result.diagnostics:
            ElementTree.SubElement(suite, "testcase", name="solieu", classname=path)
            cases = 1
        else:
            source = result.document.source
            for diagnostic in result.diagnostics:
                where = source.locate(diagnostic.span)
                case = ElementTree.SubElement(
                    suite,
                    "testcase",
                    name=f"{diagnostic.code} {diagnostic.name} ({where.line}:{where.column})",
                    classname=path,
                    file=path,
                    line=str(where.line),
                )
                message = diagnostic.message.text(lang)
                failure = ElementTree.SubElement(
                    case, "failure", message=message, type=diagnostic.severity.value
                )
                details = [f"{path}:{where.line}:{where.column}: {diagnostic.code} {message}"]
                details += [note.text(lang) for note in diagnostic.notes]
                if diagnostic.suggestion:
                    details.append(diagnostic.suggestion.text(lang))
                failure.text = "\n".join(details)
                cases += 1
                failed += 1
        suite.set("tests", str(cases))
        suite.set("failures", str(failed))
        suite.set("errors", str(broken))
        total, failures, errors = total + cases, failures + failed, errors + broken
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    ElementTree.indent(suites)
    body = xml_safe(ElementTree.tostring(suites, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
