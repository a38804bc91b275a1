"""Many contacts at once: the ids a list's search and filters match, one change to them
all (one transaction), its undo, and the lists' saved views."""

from __future__ import annotations

from typing import Any

from tuicrm.core.base import UseCases
from tuicrm.services import bulk_edits, contacts, saved_views
from tuicrm.services.bulk_edits import BulkResult


class Bulk(UseCases):
    def matching_ids(self, where: dict[str, Any]) -> list[int]:
        """Every contact the list's search and filters match ("all that match")."""
        with self.db.read() as session:
            return contacts.contact_ids(session=session, **where)

    def edit(self, ids: list[int], action: str, value: Any = None,
             versions: dict[int, int] | None = None) -> BulkResult:
        with self.write(via="bulk") as session:
            return bulk_edits.bulk_edit(session=session, ids=ids, action=action, value=value,
                                        versions=versions)

    def undo(self, result: BulkResult) -> int:
        with self.write(via="undo") as session:
            return bulk_edits.undo_bulk_edit(session=session, result=result)

    def views(self) -> dict[str, dict[str, Any]]:
        """The saved views, by name."""
        with self.db.read() as session:
            return saved_views.views(session=session)

    def save_view(self, name: str, view: dict[str, Any]) -> None:
        with self.write() as session:
            saved_views.save_view(session=session, name=name, view=view)

    def delete_view(self, name: str) -> None:
        with self.write() as session:
            saved_views.delete_view(session=session, name=name)
