#!/usr/bin/env python3
"""Makes "text copied out of a PDF" from a source text, the way a PDF viewer's copy gives it.

usage: pdfcopy.py SOURCE OUT WIDTH HEADER
Each source paragraph (one line) is hard-wrapped every WIDTH characters; a source line starting with "~" is
copied as it stands (a table row already wrapped by hand, its pieces on several lines). Every 28 output lines a
page ends: the page number as "- N -", then the running HEADER at the top of the next page. A source line starting
with "^" is a footnote: wrapped the same way, it is printed at the foot of the page on which the line before it
ended, after that page's text and before its page number (footnote lines do not count towards the 28).
"""
import sys

def wrap(paragraph, width):
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]

def main(source, out, width, header):
    pages, page, notes = [], [], []
    for raw in open(source, encoding="utf-8").read().splitlines():
        if raw.startswith("^"):
            (notes[-1] if page or not pages else pages[-1][1]).extend(wrap(raw[1:], width))
            continue
        for line in [raw[1:]] if raw.startswith("~") else wrap(raw, width):
            if not page:
                notes.append([])
            page.append(line)
            if len(page) == 28:
                pages.append((page, notes[-1]))
                page = []
    if page:
        pages.append((page, notes[-1]))
    result = []
    for number, (page, footnotes) in enumerate(pages, 1):
        if number > 1:
            result.append(header)
        result.extend(page + footnotes)
        result.extend(["", f"- {number} -", ""])
    open(out, "w", encoding="utf-8").write("\n".join(result) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
