"""Rows of the section screens built from odd data another program could have stored."""

from __future__ import annotations

from datetime import UTC, datetime

from tuicrm.services.sales import SaleRow
from tuicrm.ui.screens.purchases import sale_cells


def test_a_sale_in_an_unknown_currency_still_shows_its_row():
    row = SaleRow(id=1, sold_at=datetime(2026, 11, 1, 10, tzinfo=UTC), contact_id=1,
                  customer="[/] Shop", items="Mug ×1", total_minor=1250, refunded_minor=250,
                  currency="ZZZ", status="partially_refunded", version=1)
    cells = [cell.plain for cell in sale_cells(row)]
    assert "[/] Shop" in cells
    assert any("1250 ZZZ" in cell and "250" in cell for cell in cells)
