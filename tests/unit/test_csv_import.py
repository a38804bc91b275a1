"""Reading CSV files for import: encodings, delimiters, headers, bad rows, column guesses.

Pure interop (no database): what a person would see in the dry-run report
(which rows were read, on which line, and why a row was not) comes from here.
"""

from __future__ import annotations

import pytest

from tuicrm.interop import csv_import
from tuicrm.interop.csv_import import detect_delimiter, read_csv
from tuicrm.interop.import_source import ImportFileError, Problem


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def values(source) -> dict[int, dict]:
    return {row.line: row.values for row in source.rows}


# --- encodings -----------------------------------------------------------------


def test_utf8_with_bom_is_read_and_said() -> None:
    data = "\ufeffName,Email\nZoë Ågren,zoe@example.se\n".encode()
    source = read_csv(data)
    assert source.encoding == "UTF-8 with BOM"
    assert source.header_line == 1
    assert values(source) == {2: {"name": "Zoë Ågren", "emails": ["zoe@example.se"]}}


def test_windows_1252_from_excel_is_detected() -> None:
    data = crlf("Name;Company;Notes\nJürgen Müller;Café Crème;costs 5€ – “quoted”\n")
    source = read_csv(data.encode("cp1252"))
    assert source.encoding == "Windows-1252"
    assert source.delimiter == ";"
    assert values(source)[2] == {"name": "Jürgen Müller", "organisation": "Café Crème",
                                 "notes": "costs 5€ – “quoted”"}


def test_bytes_that_are_not_even_cp1252_fall_back_to_latin_1() -> None:
    data = b"Name,Notes\nAda,odd \x81 byte\n"  # 0x81 is undefined in cp1252
    source = read_csv(data)
    assert source.encoding == "Latin-1"
    assert values(source)[2]["notes"] == "odd \x81 byte"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_utf16_with_or_without_bom_and_tabs(codec: str) -> None:
    data = crlf("Name\tE-mail Address\tPhone\nAda Lovelace\tada@example.org\t+44 20 7946 0000\n")
    source = read_csv(data.encode(codec))
    assert source.encoding.startswith("UTF-16")
    assert source.delimiter == "\t"
    assert values(source) == {2: {"name": "Ada Lovelace", "emails": ["ada@example.org"],
                                  "phones": ["+44 20 7946 0000"]}}


def test_an_explicit_wrong_encoding_is_reported_with_its_line() -> None:
    data = "Name\nAda\nZoë\n".encode("cp1252")
    with pytest.raises(ImportFileError, match=r"not valid utf-8 \(line 3"):
        read_csv(data, encoding="utf-8")
    with pytest.raises(ImportFileError, match="not an encoding"):
        read_csv(data, encoding="klingon-8")
    assert values(read_csv(data, encoding="cp1252"))[3] == {"name": "Zoë"}


# --- delimiters and headers ------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Name,Email\nAda,ada@example.org\n", ","),
    ("Name;Email\nAda;ada@example.org\n", ";"),
    ("Name\tEmail\nAda\tada@example.org\n", "\t"),
    # commas inside quoted cells do not outvote the real delimiter
    ('Name;Notes;Email\n"Lovelace, Ada";"a, b, c, d";ada@example.org\n', ";"),
    # the decimal commas of a European sheet neither
    ("Name;Amount\nAda;12,50\nBob;3,10\n", ";"),
    ("Name\nAda\n", ","),
])
def test_the_delimiter_is_detected(text: str, expected: str) -> None:
    assert detect_delimiter(text) == expected


def test_a_file_without_header_reads_every_line_and_needs_a_mapping() -> None:
    data = b"Ada Lovelace,ada@example.org\nGrace Hopper,grace@navy.example\n"
    source = read_csv(data, mapping={"1": "name"})
    assert source.header_line is None
    assert source.mapping == {"emails": ["column 2"], "name": ["column 1"]}
    assert [r.values["name"] for r in source.rows] == ["Ada Lovelace", "Grace Hopper"]
    with pytest.raises(ImportFileError, match="no column for a name"):
        read_csv(b"12,34\n56,78\n")


def test_a_trailing_delimiter_on_the_header_is_not_a_column() -> None:
    source = read_csv(b"Name,Email,\nAda,ada@example.org,\nBob,bob@example.org\n")
    assert [r.line for r in source.rows] == [2, 3]
    assert source.problems == []


# --- bad rows ------------------------------------------------------------------


def test_ragged_rows_are_reported_on_their_physical_line_and_skipped() -> None:
    data = crlf(
        'Name,Email,Notes\n'
        'Ada,ada@example.org,"two\nlines"\n'   # lines 2-3: one record
        'Bob,bob@example.org\n'                # line 4: a cell short
        'Cy,cy@example.org,x,y\n'              # line 5: a cell too many
        'Di,di@example.org,ok,,\n'             # line 6: extra cells are empty: fine
        '\n'                                   # line 7: blank, ignored
        'Ed,ed@example.org,"three\nline\nnote"\n'  # lines 8-10
        'Flo,flo@example.org,last\n'           # line 11
    )
    source = read_csv(data.encode())
    assert [r.line for r in source.rows] == [2, 6, 8, 11]
    assert values(source)[2]["notes"] == "two\r\nlines"
    assert values(source)[8]["notes"] == "three\r\nline\r\nnote"
    assert source.problems == [
        Problem(4, "this row has 2 cells and the header 3 (a delimiter or a quote is off)"),
        Problem(5, "this row has 4 cells and the header 3 (a delimiter or a quote is off)"),
    ]


def test_a_huge_cell_skips_its_row_only() -> None:
    huge = "x" * 70_000
    data = f"Name,Notes\nAda,short\nBob,{huge}\nCy,fine\n".encode()
    source = read_csv(data)
    assert [r.line for r in source.rows] == [2, 4]
    [problem] = source.problems
    assert problem.line == 3
    assert "'Notes' is 70,000 characters long (the limit is 65,536)" in problem.message


def test_a_cell_beyond_the_csv_modules_own_limit_is_reported_too() -> None:
    data = f"Name,Notes\nAda,ok\nBob,{'y' * 200_000}\nCy,fine\n".encode()
    source = read_csv(data)
    assert [r.line for r in source.rows] == [2, 4]
    assert source.problems[0].line == 3
    assert "longer than 65,536 characters" in source.problems[0].message


def test_an_unclosed_quote_swallows_no_more_than_the_rest_and_says_where() -> None:
    data = b'Name,Notes\nAda,ok\nBob,"never closed\nCy,lost\n'
    source = read_csv(data)
    assert [r.line for r in source.rows] == [2, 3]  # Bob's note runs to the end
    assert values(source)[3]["notes"].startswith("never closed")


def test_caps_on_rows_and_size_refuse_the_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("Name\n" + "".join(f"P{i}\n" for i in range(11))).encode()
    with pytest.raises(ImportFileError, match="more than 10 rows.*nothing was imported"):
        read_csv(data, max_rows=10, name="big.csv")
    assert len(read_csv(data, max_rows=11).rows) == 11
    monkeypatch.setattr(csv_import, "MAX_FILE_BYTES", 20)
    with pytest.raises(ImportFileError, match="big.csv is larger than"):
        read_csv(data, name="big.csv")


@pytest.mark.parametrize("data", [b"", b"\n\n", "\ufeff".encode()])
def test_an_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFileError, match="empty"):
        read_csv(data, name="blank.csv")


# --- column guesses --------------------------------------------------------------

GOOGLE = (
    "Name,Given Name,Family Name,Nickname,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,"
    "Organization 1 - Title,Address 1 - Type,Address 1 - Street,Address 1 - City,"
    "Address 1 - Postal Code,Address 1 - Country,Address 2 - City,Website 1 - Value,Notes\n"
    "Grace Hopper,Grace,Hopper,Amazing,* myContacts ::: Navy ::: Pioneers,Work,"
    "grace@navy.example ::: hopper@home.example,Home,grace2@example.org,Mobile,+1 202 555 0100,"
    "US Navy,Rear Admiral,Work,1 Pentagon,Arlington,22202,USA,Elsewhere,https://navy.example,"
    "COBOL\n"
    ",Alan,Turing,,* myContacts,,alan@example.org,,,,,,,,,,,,,,,\n"
)


def test_google_contacts_export() -> None:
    source = read_csv(GOOGLE.encode("utf-8"))
    assert "Nickname" in source.unmapped and "E-mail 1 - Type" not in source.unmapped
    assert values(source) == {
        2: {"name": "Grace Hopper", "emails": ["grace@navy.example", "hopper@home.example",
                                               "grace2@example.org"],
            "phones": ["+1 202 555 0100"], "organisation": "US Navy",
            "job_title": "Rear Admiral", "tags": ["Navy", "Pioneers"],
            "street": "1 Pentagon", "city": "Arlington", "postal_code": "22202",
            "country": "USA", "website": "https://navy.example", "notes": "COBOL",
            # each "- Type" column labels its "- Value" column's entries
            "labels": {"grace@navy.example": "work", "hopper@home.example": "work",
                       "grace2@example.org": "home", "+1 202 555 0100": "mobile"}},
        3: {"name": "Alan Turing", "emails": ["alan@example.org"]},
    }


OUTLOOK = crlf(
    "First Name,Middle Name,Last Name,Title,E-mail Address,E-mail 2 Address,E-mail Display Name,"
    "Mobile Phone,Business Phone,Business Fax,Company,Job Title,Business Street,Business City,"
    "Business Postal Code,Home Street,Home City,Home Postal Code,Web Page,Notes,Categories\n"
    'Ada,King,Lovelace,Ms.,ada@example.org,,Ada (work),+44 20 7946 0000,,+44 20 7946 9999,'
    'Analytical Engines Ltd,Countess,,,,"12 St James\'s Sq",London,SW1Y 4JH,,,VIP;Friends\n'
    "Bob,,Builder,Mr.,bob@example.org,b.builder@example.org,,,020 7946 0123,,,Builder,"
    "1 Site Rd,Leeds,LS1 1AA,9 Home St,York,YO1 1AA,https://bob.example,,\n"
)


def test_outlook_export_keeps_addresses_together_and_title_apart() -> None:
    source = read_csv(OUTLOOK.encode("cp1252"))
    assert source.mapping["job_title"] == ["Job Title"]  # "Title" is Mr/Ms here
    assert {"Title", "E-mail Display Name"} <= set(source.unmapped)
    assert values(source) == {
        2: {"name": "Ada King Lovelace", "emails": ["ada@example.org"],
            "phones": ["+44 20 7946 0000", "+44 20 7946 9999"],
            "labels": {"+44 20 7946 0000": "mobile", "+44 20 7946 9999": "fax"},
            "organisation": "Analytical Engines Ltd",
            "job_title": "Countess", "street": "12 St James's Sq", "city": "London",
            "postal_code": "SW1Y 4JH", "tags": ["VIP", "Friends"]},
        # the business address is complete: the home one is not mixed in
        3: {"name": "Bob Builder", "emails": ["bob@example.org", "b.builder@example.org"],
            "phones": ["020 7946 0123"], "labels": {"020 7946 0123": "work"},
            "job_title": "Builder", "street": "1 Site Rd",
            "city": "Leeds", "postal_code": "LS1 1AA", "website": "https://bob.example"},
    }


def test_hubspot_and_salesforce_style_headers() -> None:
    hubspot = read_csv(b"First Name,Last Name,Email,Phone Number,Company Name,Job Title,"
                       b"Street Address,City,State/Region,Postal Code,Country/Region,"
                       b"Website URL\nAda,L,a@x.org,1234,Acme,CTO,1 Rd,Oslo,Oslo,0150,NO,"
                       b"https://a.example\n")
    assert values(hubspot)[2] == {
        "name": "Ada L", "emails": ["a@x.org"], "phones": ["1234"], "organisation": "Acme",
        "job_title": "CTO", "street": "1 Rd", "city": "Oslo", "region": "Oslo",
        "postal_code": "0150", "country": "NO", "website": "https://a.example"}
    salesforce = read_csv(b"First Name,Last Name,Title,Account Name,Email,Mobile,"
                          b"Mailing Street,Mailing City,Mailing Zip/Postal Code\n"
                          b"Bo,Ek,Buyer,Ek AB,bo@ek.se,070 123,Gatan 1,Lund,222 22\n")
    assert values(salesforce)[2] == {
        "name": "Bo Ek", "job_title": "Buyer", "organisation": "Ek AB", "emails": ["bo@ek.se"],
        "phones": ["070 123"], "labels": {"070 123": "mobile"}, "street": "Gatan 1",
        "city": "Lund", "postal_code": "222 22"}


def test_a_company_on_its_own_line_is_an_organisation() -> None:
    source = read_csv(b"First Name,Last Name,Company\n,,Acme Ltd\n")
    assert values(source)[2] == {"name": "Acme Ltd", "kind": "organisation"}


def test_formula_neutralising_apostrophes_of_our_export_are_taken_off() -> None:
    source = read_csv(b"Name,Phone,Notes\n'=Ada,'+44 20 7946 0000,'it's fine\n")
    assert values(source)[2] == {"name": "=Ada", "phones": ["+44 20 7946 0000"],
                                 "notes": "'it's fine"}


# --- explicit mappings ---------------------------------------------------------------


def test_an_explicit_mapping_wins_over_the_guess() -> None:
    data = b"Full,Mail,Tel,Email,Role\nAda,ada@x.org,123 456,other@x.org,Boss\n"
    source = read_csv(data, mapping={"full": "name", "Mail": "email", "3": "phone",
                                     "Email": "ignore", "Role": "job title"})
    assert values(source)[2] == {"name": "Ada", "emails": ["ada@x.org"], "phones": ["123 456"],
                                 "job_title": "Boss"}
    assert source.unmapped == ["Email"]


def test_explicit_mapping_mistakes_are_plain_errors() -> None:
    data = b"Name,Mail\nAda,ada@x.org\n"
    with pytest.raises(ImportFileError, match=r"no column 'Post'.*'Name', 'Mail'"):
        read_csv(data, mapping={"Post": "email"})
    with pytest.raises(ImportFileError, match=r"'shoe size' is not a field; use one of name"):
        read_csv(data, mapping={"Mail": "shoe size"})


def test_sales_columns_are_guessed() -> None:
    data = b"Order Date,Customer,Customer Email,Product,Total,Currency,Financial Status\n" \
           b"2026-01-05,Ada,ada@x.org,Logo,\"1.234,50\",EUR,paid\n"
    source = read_csv(data, target="sales")
    assert values(source)[2] == {"date": "2026-01-05", "customer": "Ada", "email": "ada@x.org",
                                 "items": "Logo", "amount": "1.234,50", "currency": "EUR",
                                 "status": "paid"}
    with pytest.raises(ImportFileError, match="no column for an amount"):
        read_csv(b"Customer,Date\nAda,2026-01-05\n", target="sales")


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04\x14\x00\x06\x00rest of a zip", "spreadsheet workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "spreadsheet workbook"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
])
def test_files_that_are_not_csv_at_all_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_csv(data)
