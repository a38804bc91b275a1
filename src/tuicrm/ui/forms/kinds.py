"""Which form edits which kind of record, imported when first opened.

The forms load the field widgets, which the first frame does not need; each
kind maps to a function that imports its form class and returns it: a
reference a reader can follow, where a module and class name in strings
could not be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tuicrm.ui.forms.base import RecordForm


def _contract() -> type[RecordForm]:
    from tuicrm.ui.forms.contract import ContractForm

    return ContractForm


def _followup() -> type[RecordForm]:
    from tuicrm.ui.forms.followup import FollowUpForm

    return FollowUpForm


def _interaction() -> type[RecordForm]:
    from tuicrm.ui.forms.interaction import InteractionForm

    return InteractionForm


def _meeting() -> type[RecordForm]:
    from tuicrm.ui.forms.meeting import MeetingForm

    return MeetingForm


def _sale() -> type[RecordForm]:
    from tuicrm.ui.forms.sale import SaleForm

    return SaleForm


#: kind of record -> its form class, imported on the first call.
FORMS: dict[str, Callable[[], type[RecordForm]]] = {
    "contract": _contract, "followup": _followup, "interaction": _interaction,
    "meeting": _meeting, "sale": _sale,
}
