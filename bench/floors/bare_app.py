"""The floor for start-up: a bare Textual app that paints one widget, then idles."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bench-ready")


if __name__ == "__main__":
    Bare().run()
