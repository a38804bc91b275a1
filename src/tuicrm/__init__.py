"""tuicrm: a keyboard-driven terminal CRM."""

__version__ = "0.1.0"
