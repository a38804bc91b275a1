"""CSV export: formula injection neutralised, private files, round trip through csv."""

from __future__ import annotations

import csv
import stat

import pytest

from tuicrm.interop.csv_export import csv_text, neutralise, write_csv


@pytest.mark.parametrize("hostile", [
    "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1+1",
    "=cmd|' /C calc'!A0", "+1 (cmd|' /C calc'!A0)", "+44 20 7946 0000; =1+1", "+1 SUM(A1)",
])
def test_cells_that_a_spreadsheet_would_run_are_quoted(hostile):
    cell = neutralise(hostile)
    assert isinstance(cell, str) and cell.startswith("'")


@pytest.mark.parametrize(("value", "expected"), [
    ("Ada Lovelace", "Ada Lovelace"), ("a=b", "a=b"), (-5, -5), (1250, 1250), (None, ""),
    (True, "yes"), ("x\x1b]52;c;aGk=\x07y", "x]52;c;aGk=y"),
])
def test_ordinary_values_pass_unchanged_and_controls_are_dropped(value, expected):
    assert neutralise(value) == expected


@pytest.mark.parametrize("phones", [
    "+44 20 7946 0000", "+1 (555) 010-0199 ext 12", "+44 20 7946 0000 (mobile); 020 7946 0001",
    "-123 456",
])
def test_phone_numbers_start_with_a_space_not_an_apostrophe_libreoffice_would_show(phones):
    assert neutralise(phones) == " " + phones


def test_write_csv_is_private_and_reads_back(tmp_path):
    path = tmp_path / "contacts.csv"
    rows = [["Ada Lovelace", "ada@example.org", 3], ["=1+1", "Zoë, \"the\" boss\nline 2", -5]]
    assert write_csv(path, ["Name", "Email", "Orders"], rows) == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the accents right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read == [["Name", "Email", "Orders"], ["Ada Lovelace", "ada@example.org", "3"],
                    ["'=1+1", "Zoë, \"the\" boss\nline 2", "-5"]]
    assert not list(tmp_path.glob(".*partial"))


def test_a_failed_export_leaves_the_previous_file(tmp_path):
    path = tmp_path / "contacts.csv"
    write_csv(path, ["Name"], [["Old"]])

    def rows():
        yield ["New"]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_csv(path, ["Name"], rows())
    assert "Old" in path.read_text(encoding="utf-8-sig")
    assert not list(tmp_path.glob(".*partial"))


def test_csv_text_uses_crlf():
    assert csv_text(["a"], [["b"]]) == "a\r\nb\r\n"
