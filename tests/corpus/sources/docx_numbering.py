#!/usr/bin/env python3
"""Makes the lists of a pandoc-made .docx one multi-level list, as Word numbers a document's outline.

usage: docx_numbering.py FILE.docx FORMAT:TEXT [FORMAT:TEXT ...]
Pandoc gives each nested list a numbering instance of its own; Word's outline numbering is one instance whose
level 1 restarts after each level-0 paragraph. Every w:numPr is pointed at the first numbered list's w:numId, and
the levels of that list's definition get the given formats, level 0 first (e.g. "chineseCounting:%1、"
"chineseCounting:（%2）"). The numbers stay out of the text: they come from numbering.xml alone.
"""
import re, sys

from docx_merge import read_parts, write_parts

def rewrite(path, formats):
    parts = read_parts(path)
    document = parts["word/document.xml"].decode("utf-8")
    numbering = parts["word/numbering.xml"].decode("utf-8")
    first = re.search(r'<w:numId w:val="(\d+)" />', document).group(1)
    document = re.sub(r'<w:numId w:val="\d+" />', f'<w:numId w:val="{first}" />', document)
    abstract = re.search(rf'<w:num w:numId="{first}">.*?<w:abstractNumId w:val="(\d+)" />', numbering, re.S).group(1)
    start = numbering.index(f'<w:abstractNum w:abstractNumId="{abstract}">')
    end = numbering.index("</w:abstractNum>", start)
    definition = numbering[start:end]
    for level, spec in enumerate(formats):
        fmt, text = spec.split(":", 1)
        definition = re.sub(
            rf'(<w:lvl w:ilvl="{level}">.*?)<w:numFmt w:val="[^"]*" /><w:lvlText w:val="[^"]*" />',
            lambda m: f'{m.group(1)}<w:numFmt w:val="{fmt}" /><w:lvlText w:val="{text}" />', definition, count=1, flags=re.S)
    numbering = numbering[:start] + definition + numbering[end:]
    parts["word/document.xml"] = document.encode("utf-8")
    parts["word/numbering.xml"] = numbering.encode("utf-8")
    write_parts(path, parts)

if __name__ == "__main__":
    rewrite(sys.argv[1], sys.argv[2:])
