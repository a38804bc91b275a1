"""The settings file: saved atomically and private, read forgivingly."""

from __future__ import annotations

import json
import stat

import pytest

from tuicrm import config


def test_settings_round_trip_private(private_environment):
    assert config.load_settings() == config.Settings()  # nothing saved yet
    config.save_settings(config.Settings(theme="nord"))
    assert config.load_settings().theme == "nord"
    path = private_environment / config.SETTINGS_FILE
    assert config.settings_path() == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in private_environment.iterdir()] == [config.SETTINGS_FILE]  # no temp left
    assert config.update_settings(theme="gruvbox").theme == "gruvbox"
    assert config.load_settings().theme == "gruvbox"


def test_keys_of_other_versions_are_kept(private_environment):
    path = private_environment / config.SETTINGS_FILE
    path.write_text(json.dumps({"theme": "nord", "future": {"x": 1}}))
    config.update_settings(theme="dracula")
    assert json.loads(path.read_text()) == {"theme": "dracula", "future": {"x": 1}}


@pytest.mark.parametrize("content", [
    b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"theme": 42}', b'{"theme": ""}',
    b"{}", b" " * (config.MAX_SETTINGS_BYTES + 10),
])
def test_a_damaged_settings_file_gives_the_defaults(private_environment, content):
    (private_environment / config.SETTINGS_FILE).write_bytes(content)
    assert config.load_settings() == config.Settings()
    config.save_settings(config.Settings(theme="nord"))  # and saving repairs it
    assert config.load_settings().theme == "nord"


def test_an_unreadable_settings_file_gives_the_defaults(private_environment):
    path = private_environment / config.SETTINGS_FILE
    path.mkdir()  # reading a directory fails with an OSError
    assert config.load_settings() == config.Settings()
