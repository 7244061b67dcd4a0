#!/usr/bin/env python3
"""Turns the hand-written gold notes (sources/gold/*.gold.txt) into gold JSON (gold/*.gold.json).

The notes are a terse way of writing the gold by hand; nothing here reads the documents or the extractor.
  file: NAME            level: LEVEL        jurisdiction: PLACE (empty for national)      layout: TEXT
  @ SECTION             the heading the following items sit under, as written ("@" alone: none)
  N K TITLE || UNITS || key=value | key=value
     K is m (measure) or r (requirement); UNITS is "asWritten[=canonical][:role]" joined by ";"
     (canonical omitted = same as written); keys: scope, zones (joined by "、"), novelty, deadline.
"""
import json, pathlib, sys

ROLES = {"lead", "supporting", "submitting", "responsible"}

def unit(text, where):
    text = text.strip()
    role = None
    if ":" in text:
        text, role = text.rsplit(":", 1)
        if role not in ROLES:
            sys.exit(f"{where}: unknown role '{role}'")
    written, _, canonical = text.partition("=")
    return {"asWritten": written, "canonical": canonical or written, "role": role}

def item(line, section, where):
    parts = [p.strip() for p in line.split("||")]
    head = parts[0].split(" ", 2)
    if len(head) < 3 or head[1] not in ("m", "r"):
        sys.exit(f"{where}: expected 'N m|r TITLE'")
    fields = {}
    if len(parts) > 2 and parts[2]:
        for pair in parts[2].split(" | "):
            key, _, value = pair.partition("=")
            fields[key.strip()] = value.strip()
    unknown = set(fields) - {"scope", "zones", "novelty", "deadline"}
    if unknown:
        sys.exit(f"{where}: unknown keys {unknown}")
    units = [unit(u, where) for u in parts[1].split(";")] if len(parts) > 1 and parts[1] else []
    result = {"number": int(head[0])}
    if section:
        result["section"] = section
    result.update({
        "kind": "measure" if head[1] == "m" else "requirement",
        "title": head[2].strip(),
        "units": units,
        "scope": fields.get("scope"),
        "zones": fields["zones"].split("、") if fields.get("zones") else [],
        "novelty": fields.get("novelty"),
        "deadline": fields.get("deadline"),
    })
    return result

def convert(path):
    doc = {"file": None, "level": None, "jurisdiction": "", "layout": "", "items": []}
    section = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("#"):
            continue
        key = line.split(":", 1)[0]
        if key in ("file", "level", "jurisdiction", "layout") and ":" in line:
            doc[key] = line.split(":", 1)[1].strip()
        elif line.startswith("@"):
            section = line[1:].strip() or None
        else:
            doc["items"].append(item(line, section, where))
    return doc

def main(notes_dir, gold_dir):
    for path in sorted(pathlib.Path(notes_dir).glob("*.gold.txt")):
        doc = convert(path)
        out = pathlib.Path(gold_dir) / (path.name[: -len(".gold.txt")] + ".gold.json")
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
