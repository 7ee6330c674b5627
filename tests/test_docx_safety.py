"""Hostile and broken .docx files are clear input errors (exit 2), never a crash."""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.cli import main
from lint.errors import InputError
from lint.read import read_document
from tests.docx_builder import DocxBuilder


def _rezip(data: bytes, replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop or info.filename in replace:
                continue
            target.writestr(info.filename, source.read(info.filename))
        for name, content in replace.items():
            target.writestr(name, content)
    return out.getvalue()


def _plain() -> bytes:
    return DocxBuilder().paragraph("Giá trị sản xuất đạt 1.552,054 tỷ đồng.").to_bytes()


def _refused(data: bytes, *words: str) -> str:
    with pytest.raises(InputError) as raised:
        read_document("du-thao.docx", data)
    for word in words:
        assert word in raised.value.message
    return raised.value.message


def test_a_plain_document_reads() -> None:
    document = read_document("du-thao.docx", _plain())
    assert [block.text for block in document.blocks] == ["Giá trị sản xuất đạt 1.552,054 tỷ đồng."]


def test_zip_bomb_is_refused_without_inflating_it() -> None:
    bomb = _rezip(_plain(), {"word/media/padding.xml": b"<a>" + b" " * 40_000_000 + b"</a>"})
    assert len(bomb) < 200_000
    _refused(bomb, "zip bomb")


def test_too_many_parts_are_refused() -> None:
    parts = {f"customXml/item{n}.xml": b"<a/>" for n in range(1_001)}
    _refused(_rezip(_plain(), parts), "parts")


def test_xxe_entity_is_never_resolved() -> None:
    source = zipfile.ZipFile(io.BytesIO(_plain()))
    body = source.read("word/document.xml").decode()
    hostile = re.sub(
        r"^<\?xml[^>]*\?>",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        body,
    ).replace("1.552,054", "&xxe;")
    assert "<!DOCTYPE" in hostile
    message = _refused(_rezip(_plain(), {"word/document.xml": hostile.encode()}), "DTD")
    assert "root:" not in message


def test_billion_laughs_is_refused() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<lolz>&lol2;</lolz>"
    )
    _refused(_rezip(_plain(), {"word/settings.xml": laughs.encode()}), "DTD")


def test_macros_are_refused() -> None:
    _refused(_rezip(_plain(), {"word/vbaProject.bin": b"\x00" * 64}), "macro")
    source = zipfile.ZipFile(io.BytesIO(_plain()))
    types = source.read("[Content_Types].xml").replace(
        b"document.main+xml", b"document.macroEnabled.main+xml"
    )
    _refused(_rezip(_plain(), {"[Content_Types].xml": types}), "macro")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"not a zip at all", ("not a valid Word",)),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, (".doc",)),
        (b"PK\x03\x04" + b"\x00" * 40, ("not a valid Word",)),
    ],
)
def test_malformed_files_are_clear_errors(data: bytes, words: tuple[str, ...]) -> None:
    _refused(data, *words)


def test_broken_parts_are_clear_errors() -> None:
    _refused(_rezip(_plain(), {"word/document.xml": b"<w:document><w:body>"}), "not well-formed")
    _refused(_rezip(_plain(), {}, drop=("[Content_Types].xml",)), "Content_Types")
    truncated = _plain()[:-200]
    _refused(truncated)


def test_cli_exits_2_with_one_line(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_rezip(_plain(), {"word/x.xml": b"<a>" + b" " * 40_000_000 + b"</a>"}))
    result = CliRunner().invoke(main, ["check", str(bomb), "--no-cache"])
    assert result.exit_code == 2
    assert "zip bomb" in result.output
    assert "Traceback" not in result.output


_SAMPLE = (
    DocxBuilder()
    .heading("I. KINH TẾ")
    .paragraph("Lúa gieo sạ 1.200 ha, sản lượng 7,200 tấn.")
    .table([["Chỉ tiêu", "Số"], ["Lúa", "1.200"]])
    .to_bytes()
)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_files_never_crash(data: st.DataObject) -> None:
    raw = bytearray(_SAMPLE)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(raw) // 2, len(raw)))
    with contextlib.suppress(InputError):
        read_document("hong.docx", bytes(raw[:cut]))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_odd_but_well_formed_xml_never_crashes(data: st.DataObject) -> None:
    body = zipfile.ZipFile(io.BytesIO(_SAMPLE)).read("word/document.xml").decode()
    tags = re.findall(r"<(w:[A-Za-z]+)[ />]", body)
    victim = data.draw(st.sampled_from(sorted(set(tags))))
    # drop every element of one kind, or give it a nonsense attribute value
    if data.draw(st.booleans()):
        odd = re.sub(rf"<{victim}\b[^>]*/>", "", body)
    else:
        odd = re.sub(rf"<{victim}\b", f'<{victim} w:val="-99x"', body, count=1)
    with contextlib.suppress(InputError):
        read_document("la.docx", _rezip(_SAMPLE, {"word/document.xml": odd.encode()}))
