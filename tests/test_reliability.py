"""Reliability (issue 15): ordinary inputs never crash a run, and one bad file loses no other."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint import engine
from lint.cli import main
from lint.document import Document
from lint.engine import check_text
from lint.numbers.scan import Extraction
from lint.ruleset import all_rules
from tests.cli_support import CLEAN, REPORT, codes, write

RULES = list(all_rules())


def codes_of(text: str) -> list[str]:
    return [diagnostic.code for diagnostic in check_text(text, RULES)]


def test_table_row_without_closing_bar_does_not_crash() -> None:
    text = "| Chỉ tiêu | 2023 | 2024 |\n|---|---:|---:|\n| Tổng số | 10 | 12 |\n| Hàng hoá\n"
    assert codes_of(text) == []


def test_table_row_without_closing_bar_keeps_its_last_cell() -> None:
    table = (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n|---|---:|---:|\n"
        "| Tổng số | 1.000 | {total} |\n| Thu thuế | 400 | 500 |\n| Thu khác | 600 | 700\n"
    )
    assert "T101" in codes_of(table.format(total="1.300"))
    assert "T101" not in codes_of(table.format(total="1.200"))


def test_table_figure_with_misplaced_thousands_dots_does_not_crash() -> None:
    text = "| Chỉ tiêu | Giá trị |\n|---|---:|\n| Tổng số | 1234.560.877 |\n"
    assert codes_of(text) == []


def test_table_figure_with_misplaced_thousands_dots_is_read_as_thousands() -> None:
    from lint.numbers.cells import read_cell

    assert read_cell("1234.560.877") == (1234560877, 0, False)
    read = read_cell("40.3")
    assert read is not None and read.decimals == 1


def test_zero_area_does_not_crash_u101() -> None:
    text = "Diện tích gieo trồng lúa 0 ha, năng suất 55 tạ/ha, sản lượng 120 tấn.\n"
    diagnostics = [d for d in check_text(text, RULES) if d.code == "U101"]
    assert len(diagnostics) == 1
    notes = " ".join(note.en for note in diagnostics[0].notes)
    assert "or production" in notes and "yield" not in notes.split("to match:")[1]


def test_zero_done_figure_of_a_pair_does_not_crash_percentages() -> None:
    text = "Tiếp nhận 0/120 hồ sơ, trong đó đúng hạn 5 hồ sơ, chiếm 4,2%.\n"
    assert "P101" not in codes_of(text)


# --- one unexpected error costs one file, never the run -------------------------------------

BOOM = "Báo cáo số BOOM.\n"


def _explode_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    real = engine.extract

    def extract(document: Document) -> Extraction:
        if "BOOM" in document.source.text:
            raise RuntimeError("simulated bug\nsecond line")
        return real(document)

    monkeypatch.setattr(engine, "extract", extract)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_internal_error_is_one_line_and_the_other_files_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    _explode_on_boom(monkeypatch)  # forked workers inherit the patch
    bad = write(tmp_path, "a.md", BOOM)
    good = write(tmp_path, "b.md", REPORT)
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "-j", jobs, "--format", "json", str(bad), str(good)]
    )
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1
    assert str(bad) in errors[0] and "RuntimeError: simulated bug" in errors[0]
    assert "Traceback" not in result.stderr
    assert {"N101", "N102"} <= set(codes(result.stdout))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    _explode_on_boom(monkeypatch)
    bad = write(tmp_path, "a.md", BOOM)
    good = write(tmp_path, "b.md", CLEAN)
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--debug", "-j", jobs, str(bad), str(good)]
    )
    assert result.exit_code == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert 'in extract\n    raise RuntimeError("simulated bug' in result.stderr


def test_an_error_outside_the_files_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lint.cli

    def broken(*args: object) -> None:
        raise KeyError("renderer")

    monkeypatch.setattr(lint.cli, "render_check", broken)
    path = write(tmp_path, "a.md", REPORT)
    result = CliRunner().invoke(main, ["check", "--no-cache", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "internal error" in result.stderr and "KeyError" in result.stderr
    debug = CliRunner().invoke(main, ["check", "--no-cache", "--debug", str(path)])
    assert isinstance(debug.exception, KeyError)


WATCHED = """
import os, sys, time
from lint import engine

def slow(document):
    time.sleep(120)

engine.extract = slow
jobs = [engine.FileJob(path, ()) for path in sys.argv[1:]]
print(os.getpid(), flush=True)
engine.check_files(jobs, workers=2)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGKILL])
def test_workers_die_with_the_main_process(tmp_path: Path, signal_number: int) -> None:
    paths = [str(write(tmp_path, f"{i}.md", CLEAN)) for i in range(4)]
    main_process = subprocess.Popen(
        [sys.executable, "-c", WATCHED, *paths], stdout=subprocess.PIPE, text=True
    )
    try:
        assert main_process.stdout is not None
        parent = int(main_process.stdout.readline())
        workers: list[int] = []
        deadline = time.monotonic() + 30
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = _children(parent)
            time.sleep(0.1)
        assert len(workers) >= 2
        time.sleep(1)  # the workers are busy with a file
        os.kill(parent, signal_number)
        main_process.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if main_process.poll() is None:
            main_process.kill()


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# --- JUnit is always well-formed XML -------------------------------------------------------


def test_junit_with_control_characters_is_well_formed(tmp_path: Path) -> None:
    from xml.etree import ElementTree

    from lint.diagnostics import Diagnostic, Message, Severity
    from lint.document import Span
    from lint.engine import FileResult
    from lint.read import read_document
    from lint.report.junit import render

    text = "Sản lượng\x0b đạt 7,200 tấn.\x0c\n"
    document = read_document(str(tmp_path / "r.md"), text.encode("utf-8"))
    diagnostic = Diagnostic(
        "N102",
        "comma-thousands",
        Severity.ERROR,
        Message("“\x0b7,200”", "“\x0b7,200\x00”"),
        Span(0, 3),
        notes=[Message("\x1b[31m", "\x1b[31m")],
    )
    results = [
        FileResult(document.path, [diagnostic], None, document),
        FileResult("bad\x0bname.md", error=Message.same("bad\x0bname.md: binary file\x01")),
    ]
    output = render(results, "en")
    root = ElementTree.fromstring(output)
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "“[U+000B]7,200[U+0000]”"
    assert "[U+001B][31m" in (failure.text or "")
    assert root.find("testsuite/testcase/error") is not None


def test_junit_of_a_report_with_a_vertical_tab_through_the_cli(tmp_path: Path) -> None:
    from xml.etree import ElementTree

    path = write(tmp_path, "r\x0b.md", REPORT.replace("Vụ Đông Xuân", "Vụ\x0b Đông Xuân"))
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "junit", str(path)])
    assert result.exit_code == 1, result.output
    root = ElementTree.fromstring(result.stdout)
    assert root.get("failures") == "2"


# --- input errors (issue 14) ---------------------------------------------------------------

UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


def _solieu(*args: str, cwd: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    import shutil

    command = [sys.executable, "-m", "lint.cli", *args]
    if os.geteuid() == 0:  # root reads anything unless it drops the capabilities
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to drop root's capabilities")
        command = UNPRIVILEGED + command
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="vi_VN.UTF-8" if lang == "vi" else "C.UTF-8", SOLIEU_LANG=lang)
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_an_unreadable_file_named_on_the_command_line_is_one_line(
    tmp_path: Path, lang: str
) -> None:
    locked = write(tmp_path, "locked.md", CLEAN)
    locked.chmod(0)
    write(tmp_path, "r.md", REPORT)
    try:
        result = _solieu("check", "--no-cache", "-q", "locked.md", "r.md", cwd=tmp_path, lang=lang)
    finally:
        locked.chmod(0o644)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "solieu: locked.md: "
        + (
            "không đọc được (không có quyền truy cập)"
            if lang == "vi"
            else "cannot be read (Permission denied)"
        )
    ]
    assert "r.md:3:" in result.stdout and "N102" in result.stdout


LEGACY = [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Word 97–2003", ".docx"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Excel 97–2003", ".xlsx"),
    ("bao-cao.odt", None, "OpenDocument", ".docx"),
]


def _odt() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "kind", "fix"), LEGACY)
def test_legacy_office_files_say_how_to_save_them(
    tmp_path: Path, name: str, data: bytes | None, kind: str, fix: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data if data is not None else _odt())
    good = write(tmp_path, "r.md", CLEAN)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "en", str(path), str(good)])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"solieu: {path}: ") and kind in line and f"save it as {fix}" in line
    assert "No problems found in 1 file" in result.stdout


def test_input_errors_are_translated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    binary = tmp_path / "x.md"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--lang", "vi", str(path), str(binary)]
    )
    assert (
        "là tệp Word 97–2003 (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx" in result.stderr
    )
    assert "tệp nhị phân, không phải báo cáo" in result.stderr
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    missing = CliRunner().invoke(main, ["check", "--no-cache", str(tmp_path / "nowhere.md")])
    assert "không có tệp hoặc thư mục này" in missing.stderr


def test_help_and_readme_name_every_format_read() -> None:
    from lint.read import SUPPORTED_SUFFIXES

    help_text = CliRunner().invoke(main, ["check", "--help"]).output
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    formats_line = next(line for line in readme.split("\n\n") if line.startswith("Formats read"))
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in help_text.replace("\n  ", " ")
        assert f"`{suffix}`" in formats_line, suffix


# --- docx expansion: a long repetitive document is no zip bomb ------------------------------


def test_a_long_document_of_repeated_paragraphs_is_no_zip_bomb() -> None:
    import io
    import zipfile

    from lint.read.zipsafety import MAX_RATIO, read_package
    from tests.docx_builder import DocxBuilder

    plain = DocxBuilder().paragraph("Mở đầu.").to_bytes()
    source = zipfile.ZipFile(io.BytesIO(plain))
    document = source.read("word/document.xml").decode("utf-8")
    paragraph = (
        "<w:p><w:pPr><w:jc w:val='both'/></w:pPr><w:r><w:t>Giá trị sản xuất công nghiệp đạt "
        "1.552,054 tỷ đồng, tăng 8,5% so với cùng kỳ.</w:t></w:r></w:p>"
    )
    head, tail = document.split("<w:body>", 1)
    long_document = head + "<w:body>" + paragraph * 100_000 + tail
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
        target.writestr("word/document.xml", long_document)
    data = out.getvalue()
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size > MAX_RATIO * info.compress_size  # as compressible as a bomb
    parts = read_package("dai.docx", data)
    assert len(parts["word/document.xml"]) == len(long_document.encode("utf-8"))


# --- readers: bounded work per document -----------------------------------------------------


def test_a_huge_numbering_label_is_capped() -> None:
    from lint.read import read_document
    from lint.read.docx import MAX_LABEL
    from tests.docx_builder import DocxBuilder

    builder = DocxBuilder()
    hostile = builder.new_list(("decimal", "%1." * 100_000))
    letters = builder.new_list(("lowerLetter", "%1)"))
    for _ in range(200):
        builder.item(hostile, "Tăng 5%.")
    builder.item(letters, "Mục đầu.")
    started = time.monotonic()
    document = read_document("ds.docx", builder.to_bytes())
    assert time.monotonic() - started < 20
    labels = [block.text.split(" ", 1)[0] for block in document.blocks]
    assert all(len(label) <= MAX_LABEL for label in labels)
    assert labels[0].startswith("1.1.1.") and set(labels[0]) == {"1", "."}
    assert labels[-1] == "a)"
    assert len(document.source.text) < 200 * (MAX_LABEL + 20)


def _pdf_of_blocks(count: int) -> bytes:
    """One page whose content stream is ``count`` text blocks (uncompressed)."""
    operations = b"".join(
        b"BT /F1 11 Tf 72 %d Td (Khoi %d: dien tich 1.200 ha.) Tj ET\n" % (700 - i % 600, i)
        for i in range(count)
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(operations) + operations + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.mark.parametrize("budget", ["characters", "seconds"])
def test_a_pdf_page_past_its_budget_is_cut_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: str
) -> None:
    import lint.read.pdf as pdf

    if budget == "characters":
        monkeypatch.setattr(pdf, "MAX_PAGE_CHARACTERS", 5_000)
    else:
        monkeypatch.setattr(pdf, "MAX_PAGE_SECONDS", 0.0)
    path = tmp_path / "dai.pdf"
    path.write_bytes(_pdf_of_blocks(2_000))
    document = pdf.read_pdf(str(path), path.read_bytes())
    assert len(document.source.text) <= 5_000
    assert [note.en for note in document.notes] == [
        "page 1 too long or too complex to read whole; only the part read was checked"
    ]
    result = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "en", "-q", str(path)])
    assert result.exit_code in (0, 1)
    assert f"solieu: {path}: note: page 1 too long" in result.stderr
    as_json = CliRunner().invoke(
        main, ["check", "--no-cache", "--lang", "en", "--format", "json", str(path)]
    )
    assert json.loads(as_json.stdout)["notes"] == [
        f"{path}: page 1 too long or too complex to read whole; only the part read was checked"
    ]


def test_a_pdf_within_its_budget_has_no_note() -> None:
    import lint.read.pdf as pdf

    document = pdf.read_pdf("ngan.pdf", _pdf_of_blocks(20))
    assert document.notes == [] and "1.200 ha" in document.source.text


def test_a_worker_that_dies_costs_its_files_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = engine.extract

    def extract(document: Document) -> Extraction:
        if "BOOM" in document.source.text:
            os._exit(3)  # as the kernel's out-of-memory killer would end it
        return real(document)

    monkeypatch.setattr(engine, "extract", extract)
    good = write(tmp_path, "a.md", REPORT)
    bad = write(tmp_path, "b.md", BOOM)
    jobs = [engine.FileJob(str(good), ("N101", "N102")), engine.FileJob(str(bad), ("N101",))]
    results = engine.check_files(jobs, workers=2)
    assert [result.path for result in results] == [str(good), str(bad)]
    assert results[1].error is not None and "worker process died" in results[1].error.en
    assert results[0].error is not None or [d.code for d in results[0].diagnostics] == [
        "N102",
        "N101",
    ]


def test_an_unreadable_directory_is_one_line_not_a_silent_skip(tmp_path: Path) -> None:
    write(tmp_path, "reports/r.md", REPORT)
    locked = tmp_path / "reports" / "locked"
    write(tmp_path, "reports/locked/x.md", CLEAN)
    write(tmp_path, "reports/.hidden/y.md", CLEAN)
    (tmp_path / "reports" / ".hidden").chmod(0)
    locked.chmod(0)
    try:
        result = _solieu("check", "--no-cache", "-q", "reports", cwd=tmp_path)
    finally:
        locked.chmod(0o755)
        (tmp_path / "reports" / ".hidden").chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "solieu: reports/locked: cannot be read (Permission denied)"
    ]
    assert "reports/r.md:3:" in result.stdout


def test_input_errors_follow_the_configured_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    write(tmp_path, "solieu.toml", 'lang = "vi"\n')
    result = CliRunner().invoke(main, ["check", "--no-cache", "nowhere.md"])
    assert result.stderr.strip() == "solieu: nowhere.md: không có tệp hoặc thư mục này"


def test_several_parts_share_one_allowance_beyond_the_ratio() -> None:
    import io
    import zipfile

    from lint.errors import InputError
    from lint.read.zipsafety import read_package
    from tests.docx_builder import DocxBuilder

    plain = DocxBuilder().paragraph("Mở đầu.").to_bytes()
    source = zipfile.ZipFile(io.BytesIO(plain))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        for number in range(3):  # 3 × 20 MB of padding: each alone within the allowance
            target.writestr(f"customXml/pad{number}.xml", b"<a>" + b" " * 20_000_000 + b"</a>")
    with pytest.raises(InputError, match="zip bomb"):
        read_package("bom.docx", out.getvalue())
