#!/usr/bin/env python3
"""Merges table cells in a pandoc-made .docx, as Word does for merged cells (w:vMerge down, w:gridSpan across).

usage: docx_merge.py FILE.docx
A cell whose whole text is MARKER continues the cell above it: it is emptied and gets <w:vMerge/>, and the
first cell of the run gets <w:vMerge w:val="restart"/>. A cell whose whole text is SPAN is removed and the cell on its
left spans its column too (<w:gridSpan/>), as a group header over two columns. Pandoc 2.x cannot write merged cells itself.
"""
import os, re, sys, zipfile, shutil, tempfile

MARKER = "⟨merged⟩"
SPAN = "⟨span⟩"
CELL = re.compile(r"<w:tc>(<w:tcPr\s*/>|<w:tcPr>.*?</w:tcPr>)(.*?)</w:tc>", re.S)

def with_merge(tcpr, value):
    merge = '<w:vMerge w:val="restart" />' if value == "restart" else "<w:vMerge />"
    if tcpr.startswith("<w:tcPr/") or tcpr.startswith("<w:tcPr /"):
        return f"<w:tcPr>{merge}</w:tcPr>"
    return tcpr.replace("</w:tcPr>", merge + "</w:tcPr>")

def merge_table(table):
    rows = re.findall(r"<w:tr>.*?</w:tr>", table, re.S)
    grid = [CELL.findall(row) for row in rows]
    for r, cells in enumerate(grid):
        for c, (tcpr, body) in enumerate(cells):
            if MARKER not in body:
                continue
            top = r - 1
            while MARKER in grid[top][c][1]:
                top -= 1
            top_pr, top_body = grid[top][c]
            if "vMerge" not in top_pr:
                grid[top][c] = (with_merge(top_pr, "restart"), top_body)
            grid[r][c] = (with_merge(tcpr, "continue"), re.sub(r"<w:r>.*?</w:r>", "", body, flags=re.S))
    for cells in grid:
        for c in range(len(cells) - 1, 0, -1):
            if SPAN in cells[c][1]:
                tcpr, body = cells[c - 1]
                span = '<w:gridSpan w:val="2" />'
                tcpr = f"<w:tcPr>{span}</w:tcPr>" if tcpr.startswith("<w:tcPr/") or tcpr.startswith("<w:tcPr /") else tcpr.replace("</w:tcPr>", span + "</w:tcPr>")
                cells[c - 1] = (tcpr, body)
                del cells[c]
    for row, cells in zip(rows, grid):
        prefix = row[: row.index("<w:tc>")]
        table = table.replace(row, prefix + "".join(f"<w:tc>{p}{b}</w:tc>" for p, b in cells) + "</w:tr>", 1)
    return table

def read_parts(path):
    """The parts of a .docx by name (also used by docx_numbering.py)."""
    with zipfile.ZipFile(path) as source:
        return {name: source.read(name) for name in source.namelist()}

def write_parts(path, parts):
    """Replaces the .docx at path by one holding these parts, written whole before the move."""
    with tempfile.NamedTemporaryFile(delete=False, suffix=".docx") as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)
    os.chmod(tmp.name, 0o644)
    shutil.move(tmp.name, path)

def main(path):
    entries = read_parts(path)
    xml = entries["word/document.xml"].decode("utf-8")
    xml = re.sub(r"<w:tbl>.*?</w:tbl>", lambda m: merge_table(m.group(0)), xml, flags=re.S)
    entries["word/document.xml"] = xml.encode("utf-8")
    write_parts(path, entries)

if __name__ == "__main__":
    main(sys.argv[1])
