"""The Textual user interface: imported only when the TUI opens."""
