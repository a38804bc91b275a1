"""Allows `python -m tuicrm`."""

from tuicrm.cli import main

if __name__ == "__main__":
    main()
