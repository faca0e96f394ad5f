#!/usr/bin/env python3
"""Writes crawl.warc and crawl.warc.gz (one gzip member per record, as CC-NEWS does):
a warcinfo record, a request, an HTML response, a non-HTML response, a redirect, and a
chunked, gzip-encoded HTML response."""
import gzip, os
here = os.path.dirname(os.path.abspath(__file__))
page = open(os.path.join(here, "page-minimal.htm"), "rb").read()
page2 = b"""<html><head><meta property="og:title" content="Kyrgyzstan detains opposition figure">
<meta name="date" content="2025-07-01"><meta property="og:site_name" content="Tien Shan News"></head>
<body><article><p>BISHKEK - Kyrgyz security services detained an opposition politician on Monday on charges of calling for mass unrest, his lawyer said.</p></article></body></html>"""

def record(kind, uri, block, rid):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2025-08-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:0000000{rid}-aaaa-4bbb-8ccc-000000000000>\r\n"
            + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
            + f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"

def http(status, ctype, body, extra=b""):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n".encode() + extra
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)

gz = gzip.compress(page2)
chunked = b"%x\r\n" % 40 + gz[:40] + b"\r\n" + b"%x\r\n" % (len(gz) - 40) + gz[40:] + b"\r\n0\r\n\r\n"
records = [
    record("warcinfo", None, b"software: attache test fixture\r\nformat: WARC File Format 1.0\r\n", 1),
    record("request", "https://news.example/water", b"GET /water HTTP/1.1\r\nHost: news.example\r\n\r\n", 2),
    record("response", "https://news.example/water", http("200 OK", "text/html; charset=utf-8", page), 3),
    record("response", "https://news.example/logo.png", http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n0000"), 4),
    record("response", "https://news.example/old", http("301 Moved Permanently", "text/html", b"<html>moved</html>"), 5),
    record("response", "https://tienshan.example/detained", http("200 OK", "text/html", chunked,
           b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"), 6),
]
with open(os.path.join(here, "crawl.warc"), "wb") as f:
    f.write(b"".join(records))
with open(os.path.join(here, "crawl.warc.gz"), "wb") as f:
    for r in records:
        f.write(gzip.compress(r, mtime=0))
