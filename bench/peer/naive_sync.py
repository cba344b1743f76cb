#!/usr/bin/env python3
"""The naive peer: what a user might write instead of graphbuilder sync (bench/README.md, "The naive peer").

Python 3 standard library and PyYAML (Debian's python3-yaml; its C loader when built with libyaml):
load every seed file whole, check ids, references, kinds and endpoint kinds against the vocabulary,
check each quote by substring search in its document (whitespace and typographic quotes folded,
"..." splitting a quote into parts found in order), then write nodes and relationships into a new
SQLite file in one transaction. It checks far less than graphbuilder (no positions, no dates, no
elision or support rules, no hashes) and is here only as a speed reference.

usage: naive_sync.py --seeds DIR --schema DIR --db FILE
exit 0 when valid and written, 2 when the seeds have problems (nothing written).
"""

import argparse
import json
import os
import sqlite3
import sys
import time

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def normal(text):
    return " ".join(text.translate(FOLD).split())


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader) or {}


def quote_found(quote, text):
    at = 0
    for part in normal(quote).replace("\u2026", "...").split("..."):
        part = part.strip()
        if not part:
            continue
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    started = time.perf_counter()

    vocabulary = load_yaml(os.path.join(args.schema, "vocabulary.yaml"))
    kinds = vocabulary["kinds"]
    types = vocabulary["relationships"]
    link_fields = {t["entityField"]: name for name, t in types.items() if "entityField" in t}

    sources, entities, facts = {}, {}, []
    problems = []
    for folder, _, names in sorted(os.walk(args.seeds)):
        for name in sorted(names):
            if not name.endswith((".yaml", ".yml")):
                continue
            data = load_yaml(os.path.join(folder, name))
            for s in data.get("sources") or []:
                if s["id"] in sources:
                    problems.append(f"{name}: duplicate source {s['id']}")
                sources[s["id"]] = s
            for e in data.get("entities") or []:
                if e["id"] in entities:
                    problems.append(f"{name}: duplicate entity {e['id']}")
                entities[e["id"]] = e
            facts.extend(data.get("facts") or [])

    documents = {}
    for s in sources.values():
        with open(os.path.join(args.seeds, s["document"]), encoding="utf-8-sig") as f:
            documents[s["id"]] = normal(f.read())

    def check_citations(owner, citations):
        for c in citations or []:
            if c["source"] not in sources:
                problems.append(f"{owner}: unknown source {c['source']}")
            elif not quote_found(str(c["quote"]), documents[c["source"]]):
                problems.append(f"{owner}: quote not found in {c['source']}")

    nodes, relationships = [], []
    for s in sources.values():
        properties = {k: str(s[k]) for k in ("title", "publisher", "published", "document", "url", "note") if k in s}
        nodes.append((s["id"], vocabulary["sourceLabel"], json.dumps(properties)))
    for e in entities.values():
        if e["kind"] not in kinds:
            problems.append(f"{e['id']}: unknown kind {e['kind']}")
            continue
        properties = {k: e[k] for k in ("name", "kind", "aliases", "role", "note") if k in e}
        nodes.append((e["id"], kinds[e["kind"]]["label"], json.dumps(properties)))
        check_citations(e["id"], e.get("sources"))
        for field, type_name in link_fields.items():
            targets = e.get(field) or []
            for target in [targets] if isinstance(targets, str) else targets:
                if target not in entities:
                    problems.append(f"{e['id']}: unknown {field} target {target}")
                relationships.append((f"{e['id']}-{type_name}-{target}", type_name, e["id"], target, "{}", "[]"))
    seen = set()
    for fact in facts:
        if fact["id"] in seen:
            problems.append(f"duplicate fact {fact['id']}")
        seen.add(fact["id"])
        t = types.get(fact["type"])
        subject, obj = entities.get(fact["subject"]), entities.get(fact["object"])
        if t is None or subject is None or obj is None:
            problems.append(f"{fact['id']}: unknown type, subject or object")
            continue
        if subject["kind"] not in t["from"] or obj["kind"] not in t["to"]:
            problems.append(f"{fact['id']}: {fact['type']} does not connect {subject['kind']} to {obj['kind']}")
        check_citations(fact["id"], fact.get("sources"))
        properties = {k: str(fact[k]) for k in ("date", "from", "to", "about", "note", "statement") if k in fact}
        citations = [{"source": c["source"], "quote": c["quote"]} for c in fact.get("sources") or []]
        relationships.append((fact["id"], fact["type"], fact["subject"], fact["object"], json.dumps(properties), json.dumps(citations)))

    if problems:
        for p in problems[:20]:
            print(p, file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        return 2

    if os.path.exists(args.db):
        os.remove(args.db)
    db = sqlite3.connect(args.db)
    with db:
        db.execute("CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, properties TEXT NOT NULL)")
        db.execute("CREATE TABLE relationships (id TEXT PRIMARY KEY, type TEXT NOT NULL, start_id TEXT NOT NULL, "
                   "end_id TEXT NOT NULL, properties TEXT NOT NULL, sources TEXT NOT NULL)")
        db.executemany("INSERT INTO nodes VALUES (?, ?, ?)", nodes)
        db.executemany("INSERT INTO relationships VALUES (?, ?, ?, ?, ?, ?)", relationships)
        db.execute("CREATE INDEX relationships_start ON relationships(start_id)")
        db.execute("CREATE INDEX relationships_end ON relationships(end_id)")
    db.close()
    print(f"Synced {len(nodes)} nodes, {len(relationships)} relationships to {args.db} "
          f"in {time.perf_counter() - started:.2f} s ({'C' if Loader is not yaml.SafeLoader else 'pure-Python'} YAML loader)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
