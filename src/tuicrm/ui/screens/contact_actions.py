"""What the contacts list does to a contact: add, edit, delete, and export the list.

A mixin of :class:`~tuicrm.ui.screens.contacts.ContactsScreen`, kept apart so
the screen module stays about loading and showing pages. It expects the
screen's ``_page`` (the page shown), ``_query``, ``_filters`` and ``_selected_id()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tuicrm.ui.widgets.contact_filters import ContactFilters

if TYPE_CHECKING:
    from textual.app import App


class ContactActions:
    """Keys a, A, e, d and ctrl+e of the contacts list."""

    app: App[Any]
    _page: Any  # a ListPage of ContactRow, or None before the first
    _query: str
    _filters: ContactFilters

    def _selected_id(self) -> int | None:
        raise NotImplementedError

    def action_new_contact(self) -> None:
        from tuicrm.ui.forms.contact import ContactForm

        self.app.push_screen(ContactForm())

    def action_new_organisation(self) -> None:
        from tuicrm.ui.forms.contact import ContactForm

        self.app.push_screen(ContactForm(kind="organisation"))

    def action_edit_contact(self) -> None:
        from tuicrm.ui.forms.contact import ContactForm

        if (contact_id := self._selected_id()) is not None:
            self.app.push_screen(ContactForm(contact_id))

    def action_export(self) -> None:
        """Every contact the list shows now (search and filters applied) to a CSV file."""
        from tuicrm.ui.export import export_csv

        narrowed, sort = where(self._query, self._filters), self._filters.sort
        export_csv(self, "contacts", lambda core: core.exports.contacts_csv(narrowed, sort))

    def action_delete_contact(self) -> None:
        from tuicrm.ui.screens.actions import delete_record

        contact_id = self._selected_id()
        rows = self._page.rows if self._page is not None else []
        row = next((r for r in rows if r.id == contact_id), None)
        if row is not None:
            delete_record(self, "contact", row.id, row.name, version=row.version)


def where(query: str, f: ContactFilters) -> dict[str, Any]:
    """The service's filter arguments for a search and the filter bar."""
    return {"query": query, "roles": (f.role,) if f.role else (), "owner_id": f.owner_id,
            "stage": f.stage, "tag": f.tag.strip() or None}
