"""Reading and writing other programs' formats (CSV, vCard, iCalendar, JSON): parse, validate, write; no Textual."""
