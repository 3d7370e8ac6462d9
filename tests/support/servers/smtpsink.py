#!/usr/bin/env python3
"""A local SMTP server for tests (aiosmtpd, loopback only).

Prints the port it listens on, then saves every accepted message in FOLDER as N.eml (raw) and N.json (envelope,
decoded headers, MIME parts), with each attachment decoded beside them as N-<filename>. Files appear atomically.

  smtpsink.py FOLDER [--reject-recipients] [--delay-rcpt SECONDS] [--delay-data SECONDS]
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder, reject, delay_rcpt, delay):
        self.folder, self.reject, self.delay_rcpt, self.delay, self.count = folder, reject, delay_rcpt, delay, 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.delay_rcpt:
            await asyncio.sleep(self.delay_rcpt)
        if self.reject:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        self.count += 1
        base = os.path.join(self.folder, str(self.count))
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            entry = {"contentType": part.get_content_type(), "filename": part.get_filename(),
                     "encoding": part.get("Content-Transfer-Encoding")}
            payload = part.get_payload(decode=True) or b""
            entry["size"] = len(payload)
            if part.get_filename():
                write(f"{base}-{part.get_filename()}", payload)
            else:
                entry["text"] = payload.decode(part.get_content_charset() or "utf-8")
            parts.append(entry)
        summary = {"mailFrom": envelope.mail_from, "rcptTos": envelope.rcpt_tos,
                   "from": str(message["From"]), "to": str(message["To"]), "subject": str(message["Subject"]),
                   "messageId": str(message["Message-ID"]), "date": str(message["Date"]),
                   "mimeVersion": str(message["MIME-Version"]), "contentType": message.get_content_type(),
                   "parts": parts}
        write(base + ".eml", envelope.content)
        write(base + ".json", json.dumps(summary, indent=1).encode())
        return "250 Message accepted for delivery"


def write(path, data):
    with open(path + ".part", "wb") as f:
        f.write(data)
    os.replace(path + ".part", path)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--reject-recipients", action="store_true")
    parser.add_argument("--delay-rcpt", type=float, default=0)
    parser.add_argument("--delay-data", type=float, default=0)
    args = parser.parse_args()
    sink = Sink(args.folder, args.reject_recipients, args.delay_rcpt, args.delay_data)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(sink, hostname="sink.test"), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
