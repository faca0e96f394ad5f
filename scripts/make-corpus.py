#!/usr/bin/env python3
"""Writes a synthetic news corpus of about SIZE_MB megabytes of article text into OUT_DIR,
spread over every input format `attache ingest` reads: plain text (some gzipped), HTML
pages, JSON Lines (some gzipped), JSON arrays, RSS and Atom feeds, and gzipped WARC files.

Articles are recombined from paragraphs of public-domain Voice of America stories
(../shared/corpus/voa) and of the project's own gold articles (tests/gold): each one takes
3 to 8 paragraphs, a publication date in 2024-2025, an invented outlet and a URL. So the
corpus has real news sentences, unique articles, and repeats of reports across outlets.
The output is the same for the same SEED.

Usage: scripts/make-corpus.py OUT_DIR SIZE_MB [SEED]
"""
import datetime
import gzip
import html
import io
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUTLETS = ["Steppe Wire", "Caspian Ledger", "Pamir Post", "Danube Daily", "Harbour Times", "Andes Courier",
           "Nile Observer", "Baltic Bulletin", "Monsoon Herald", "Sahel Dispatch", "Tien Shan News", "Atlas Review"]


def paragraphs():
    pool = []
    sources = [os.path.join(ROOT, "../shared/corpus/voa/voa_stories.jsonl")]
    sources += [os.path.join(ROOT, "tests/gold", f) for f in sorted(os.listdir(os.path.join(ROOT, "tests/gold")))]
    for path in sources:
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            pool.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 60)
    if not pool:
        sys.exit("no source text found (../shared/corpus/voa or tests/gold)")
    return pool


def article(rng, pool, n):
    paras = rng.sample(pool, rng.randint(3, 8))
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(731))
    outlet = rng.choice(OUTLETS)
    slug = outlet.lower().replace(" ", "")
    title = paras[0].split(". ")[0][:90]
    return {
        "id": f"syn-{n:08d}",
        "title": title,
        "text": "\n\n".join(paras),
        "published": day.isoformat(),
        "outlet": outlet,
        "url": f"https://www.{slug}.example/news/{day:%Y/%m}/{n:08d}",
    }


def html_page(a):
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in a["text"].split("\n\n"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": a["published"] + "T09:00:00Z", "publisher": {"@type": "Organization", "name": a["outlet"]}})
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | {html.escape(a['outlet'])}</title>
<meta property="og:title" content="{html.escape(a['title'], quote=True)}">
<meta property="og:site_name" content="{html.escape(a['outlet'], quote=True)}">
<meta property="og:url" content="{a['url']}">
<meta property="article:published_time" content="{a['published']}T09:00:00Z">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{ld}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/subscribe">Subscribe</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept cookies</div>
<main><article><h1>{html.escape(a['title'])}</h1><time datetime="{a['published']}">{a['published']}</time>
{body}</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather warning</a></li></ul></aside>
<footer>Copyright {a['outlet']}. All rights reserved. Contact us. Privacy policy.</footer></body></html>
"""


def rss(items, outlet):
    entries = "".join(f"""<item><title>{html.escape(a['title'])}</title><link>{a['url']}</link><guid>{a['id']}</guid>
<pubDate>{datetime.date.fromisoformat(a['published']).strftime('%a, %d %b %Y')} 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[{''.join('<p>' + html.escape(p) + '</p>' for p in a['text'].split(chr(10) * 2))}]]></content:encoded></item>
""" for a in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{html.escape(outlet)}</title>
<link>https://{outlet.lower().replace(' ', '')}.example/</link><description>News</description>
{entries}</channel></rss>
"""


def atom(items, outlet):
    entries = "".join(f"""<entry><title>{html.escape(a['title'])}</title><link href="{a['url']}"/><id>{a['id']}</id>
<updated>{a['published']}T09:00:00Z</updated><published>{a['published']}T09:00:00Z</published>
<content type="html">{html.escape(''.join('<p>' + html.escape(p) + '</p>' for p in a['text'].split(chr(10) * 2)))}</content></entry>
""" for a in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{html.escape(outlet)}</title><id>urn:{outlet.replace(' ', '-')}</id>
<updated>2025-12-31T00:00:00Z</updated>
{entries}</feed>
"""


def warc_record(a, n):
    body = html_page(a).encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{n:08d}-0000-4000-8000-000000000000>\r\n"
            f"WARC-Target-URI: {a['url']}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, target = sys.argv[1], int(float(sys.argv[2]) * 1_000_000)
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    pool = paragraphs()
    os.makedirs(out, exist_ok=True)
    size, n, part = 0, 0, 0
    formats = ["jsonl", "jsonl.gz", "json", "html", "txt", "txt.gz", "rss", "atom", "warc.gz"]
    while size < target:
        fmt = formats[part % len(formats)]
        batch = [article(rng, pool, n + i) for i in range(200 if fmt not in ("html", "txt", "txt.gz") else 20)]
        n += len(batch)
        size += sum(len(a["text"].encode()) for a in batch)
        folder = os.path.join(out, fmt.replace(".", "-"), f"{part // len(formats):05d}")
        os.makedirs(folder, exist_ok=True)
        if fmt in ("jsonl", "jsonl.gz"):
            data = "".join(json.dumps(a) + "\n" for a in batch).encode()
            path = os.path.join(folder, f"part-{part:05d}.jsonl")
            if fmt.endswith(".gz"):
                open(path + ".gz", "wb").write(gzip.compress(data))
            else:
                open(path, "wb").write(data)
        elif fmt == "json":
            open(os.path.join(folder, f"part-{part:05d}.json"), "w").write(json.dumps(batch, indent=1))
        elif fmt == "html":
            for a in batch:
                open(os.path.join(folder, f"{a['id']}.html"), "w").write(html_page(a))
        elif fmt in ("txt", "txt.gz"):
            for a in batch:
                data = a["text"].encode()
                if fmt.endswith(".gz"):
                    open(os.path.join(folder, f"{a['id']}.txt.gz"), "wb").write(gzip.compress(data))
                else:
                    open(os.path.join(folder, f"{a['id']}.txt"), "wb").write(data)
        elif fmt == "rss":
            open(os.path.join(folder, f"feed-{part:05d}.rss"), "w").write(rss(batch, batch[0]["outlet"]))
        elif fmt == "atom":
            open(os.path.join(folder, f"feed-{part:05d}.atom"), "w").write(atom(batch, batch[0]["outlet"]))
        elif fmt == "warc.gz":
            with open(os.path.join(folder, f"crawl-{part:05d}.warc.gz"), "wb") as f:
                for i, a in enumerate(batch):
                    f.write(warc_record(a, n + i))
        part += 1
    print(f"{out}: {n} articles, {size / 1e6:.1f} MB of article text in {part} parts", file=sys.stderr)


if __name__ == "__main__":
    main()
