"""Email messages as plain :class:`MailMessage` values: one from a pipe, or a whole mbox
file or Maildir folder.

What a CRM keeps of a message: its Message-ID (so it is logged once), its
subject and date, who sent it and to whom (every address of From, To and Cc),
and its first lines of text (the plain part, else the HTML one without its
markup; quoted replies and signatures after "-- " left out). A message that
cannot be parsed at all is a :class:`MailProblem` with its place in the file,
never a crash. Pure: no database.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from tuicrm.textclean import clean_text

FIRST_LINES = 12
MAX_BODY = 2000
MAX_MESSAGE_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class MailMessage:
    message_id: str
    subject: str
    sent_at: datetime | None  # aware; None when the message has no readable Date
    sender: str  # "Ada Lovelace <ada@example.org>", as the message writes it
    addresses: tuple[str, ...]  # every From, To and Cc address, lower-cased
    recipients: str  # To and Cc, as written
    first_lines: str
    place: str = ""  # where it is in its file or folder ("message 3")


@dataclass(frozen=True)
class MailProblem:
    place: str
    message: str


def read_message(data: bytes, place: str = "") -> MailMessage:
    """One message (RFC 5322 bytes); raises ValueError if it is not one."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"the message is larger than {MAX_MESSAGE_BYTES // 2**20} MiB")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys()):
        raise ValueError("this is not an email message (no headers)")
    headers = {k.lower() for k in message.keys()}
    if not headers & {"from", "to", "subject", "message-id", "date"}:
        raise ValueError("this is not an email message (no From, To, Subject or Date)")
    sender = _header(message, "from")
    recipients = ", ".join(v for v in (_header(message, "to"), _header(message, "cc")) if v)
    addresses = tuple(dict.fromkeys(
        address.strip().lower() for _name, address in getaddresses(
            [_header(message, name) for name in ("from", "to", "cc")]) if "@" in address))
    message_id = _header(message, "message-id").strip()
    if not message_id:  # the same message must still be logged once: name it by its content
        digest = hashlib.sha256(data[:65536]).hexdigest()[:32]
        message_id = f"<{digest}@tuicrm.invalid>"
    return MailMessage(
        message_id=message_id[:300], subject=clean_text(_header(message, "subject"),
                                                        multiline=False),
        sent_at=_date(_header(message, "date")), sender=sender, addresses=addresses,
        recipients=recipients, first_lines=_first_lines(message), place=place)


def read_messages(path: Path) -> Iterator[MailMessage | MailProblem]:
    """Every message of an mbox file or a Maildir folder, in the folder's order."""
    box: mailbox.Mailbox
    if path.is_dir():
        if not (path / "cur").is_dir() and not (path / "new").is_dir():
            raise ValueError(f"{path} is a folder but not a Maildir (no cur or new inside)")
        box = mailbox.Maildir(path, factory=None, create=False)
        keys = sorted(box.keys())  # a Maildir has no order: its keys start with the time
    else:
        box = mailbox.mbox(path, factory=None, create=False)
        keys = list(box.keys())
    for n, key in enumerate(keys, 1):
        place = f"message {n}"
        try:
            data = box.get_bytes(key)
            yield read_message(data, place)
        except (ValueError, LookupError, UnicodeError, OSError) as err:
            yield MailProblem(place, str(err) or "this message cannot be read")


def is_mbox(data: bytes) -> bool:
    """An mbox file starts with a "From " line."""
    return data[:5] == b"From "


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name, "")
    except (ValueError, IndexError, TypeError):  # a header the parser cannot read
        value = ""
    return " ".join(str(value or "").split())


def _date(text: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _first_lines(message: EmailMessage) -> str:
    part = None
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part is not None else ""
    except (LookupError, KeyError, ValueError, AttributeError):
        text = ""
    if part is not None and part.get_content_subtype() == "html":
        text = _text_of_html(text)
    kept: list[str] = []
    for line in text.splitlines():
        if line.rstrip() == "--" or line.startswith(">") or re.match(r"On .* wrote:$", line):
            break
        if line.strip() or (kept and kept[-1]):
            kept.append(line.rstrip())
        if len([k for k in kept if k]) >= FIRST_LINES:
            break
    return clean_text("\n".join(kept).strip(), multiline=True)[:MAX_BODY]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _text_of_html(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts))
