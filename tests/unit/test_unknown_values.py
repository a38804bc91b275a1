"""A stored value this version does not know (a status a newer tuicrm or another
program wrote) is shown as it is, and never stops a report, a list or an export."""

from __future__ import annotations

import json

import sqlalchemy as sa
from click.testing import CliRunner

from tuicrm.cli import main
from tuicrm.core import Core


def test_unknown_statuses_are_shown_as_stored_everywhere(seeded_db, db_path, tmp_path):
    with seeded_db.write() as s:
        contract_id = s.execute(sa.text("SELECT min(id) FROM contract")).scalar()
        sale_id = s.execute(sa.text("SELECT min(id) FROM sale")).scalar()
        s.execute(sa.text("UPDATE contract SET status = 'paused' WHERE id = :i"),
                  {"i": contract_id})
        s.execute(sa.text("UPDATE sale SET status = 'layaway' WHERE id = :i"), {"i": sale_id})
    out = tmp_path / "all.json"
    for args in (["export", "--json", str(out)], ["report", "--json"], ["agenda"]):
        result = CliRunner().invoke(main, ["--db", str(db_path), *args])
        assert result.exit_code == 0, (args, result.output)
    exported = json.loads(out.read_text())
    assert {c["status"] for c in exported["contracts"] if c["id"] == contract_id} == {"paused"}
    core = Core(seeded_db)  # the contracts list and the purchase log, as the screens read them
    contracts, _next, _count = core.lists.contracts({}, after=None, limit=500)
    assert [r.status.value for r in contracts if r.id == contract_id] == ["paused"]
    sales = core.lists.sales({}, after=None, limit=500).items
    assert [r.status.value for r in sales if r.id == sale_id] == ["layaway"]
