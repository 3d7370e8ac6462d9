#!/usr/bin/env python3
"""A local deliverability service for tests (docs/deliverability-service.md), loopback only.

Prints the port it listens on, then answers GET /<list> with FOLDER/<list>.json, read afresh at each request,
with an ETag (a hash of the body) and 304 Not Modified when If-None-Match matches it. Files beside it change
the answer, so a test can switch behaviour between runs:
  <list>.status   an HTTP status to answer instead (the body is the .json file's, or "error")
  <list>.delay    seconds to wait before answering
  noetag          send no ETag header (and never 304)
Every request is appended to FOLDER/requests.log as "GET /path If-None-Match: value".

  deliverabilityservice.py FOLDER
"""
import hashlib
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    folder = "."

    def do_GET(self):
        name = self.path.strip("/").split("?")[0].split("/")[-1]
        path = lambda suffix: os.path.join(self.folder, name + suffix)
        with open(os.path.join(self.folder, "requests.log"), "a") as log:
            log.write(f"GET {self.path} If-None-Match: {self.headers.get('If-None-Match', '')}\n")
        if os.path.exists(path(".delay")):
            time.sleep(float(open(path(".delay")).read().strip()))
        body = open(path(".json"), "rb").read() if os.path.exists(path(".json")) else None
        status = int(open(path(".status")).read().strip()) if os.path.exists(path(".status")) else None
        if status is None and body is None:
            status = 404
        if status is not None:
            self.answer(status, body if body is not None else b"error", {})
            return
        headers = {"Content-Type": "application/json"}
        if not os.path.exists(os.path.join(self.folder, "noetag")):
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            if self.headers.get("If-None-Match") == etag:
                self.answer(304, b"", headers)
                return
        self.answer(200, body, headers)

    def answer(self, status, body, headers):
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    Handler.folder = sys.argv[1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)
