"""Cleaning up after day one: contacts that may be one, and merging them."""

from __future__ import annotations

from collections.abc import Collection

from tuicrm.core.base import UseCases
from tuicrm.services import duplicates, merging
from tuicrm.services.duplicates import Duplicate
from tuicrm.services.merging import MergePreview


class Cleanup(UseCases):
    def duplicates(self, limit: int = duplicates.LIMIT) -> list[Duplicate]:
        """Pairs of contacts that may be one, each with why."""
        with self.db.read() as session:
            return duplicates.find_duplicates(session=session, limit=limit)

    def merge_preview(self, kept_id: int, merged_id: int) -> MergePreview:
        with self.db.read() as session:
            return merging.merge_preview(session=session, kept_id=kept_id, merged_id=merged_id)

    def merge(self, kept_id: int, merged_id: int, *, take: Collection[str] = (),
              versions: tuple[int, int] | None = None) -> int:
        """Merge ``merged_id`` into ``kept_id`` (one transaction); the merge's id."""
        with self.write(via="merge") as session:
            record = merging.merge_contacts(session=session, kept_id=kept_id,
                                            merged_id=merged_id, take=take, versions=versions)
            return record.id or 0

    def undo_merge(self, merge_id: int | None = None) -> tuple[int, int]:
        """Take the last merge (or ``merge_id``) back; the two contacts' ids."""
        with self.write(via="undo") as session:
            record = merging.undo_merge(session=session, merge_id=merge_id)
            return record.kept_id, record.merged_id
