#!/usr/bin/env python3
"""Serves a built site on 127.0.0.1 (a free port) for the screenshot and Lighthouse scripts.

Usage: serve-site.py SITE_DIR PORT_FILE -- writes the chosen port to PORT_FILE, then serves until killed.
Pagefind search does not work from file://, hence a server.
"""
import functools
import http.server
import sys

site, port_file = sys.argv[1], sys.argv[2]


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=site))
with open(port_file, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
