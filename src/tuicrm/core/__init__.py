"""The headless application core: what the screens and the commands do.

Everything above the services goes through here, never through a raw
``Session``: the UI and the CLI open the database with :func:`open_database`,
so every write they make keeps the data derived from it (a contact's
stay-in-touch clock, role and purchase figures) true once per transaction.
"""

from tuicrm.core.core import Core
from tuicrm.core.database import check_structure, open_database

__all__ = ["Core", "check_structure", "open_database"]
