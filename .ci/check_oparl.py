#!/usr/bin/env python3
"""Validates an OParl export (a folder written by `docket export oparl`) against the
OParl 1.1 JSON Schemas: every object file, and every object in every list file,
by its type. Usage: check_oparl.py EXPORT_DIR SCHEMA_DIR. Exits 1 on the first
folder with invalid objects, naming each file, object and problem."""
import json
import pathlib
import sys

import jsonschema

export, schemas = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
validators = {path.stem: jsonschema.Draft7Validator(json.loads(path.read_text())) for path in schemas.glob("*.json")}
problems, checked = [], 0


def check(obj, where):
    global checked
    kind = obj.get("type", "").rsplit("/", 1)[-1]
    if kind not in validators:
        problems.append(f"{where}: unknown type {obj.get('type')!r}")
        return
    checked += 1
    for error in validators[kind].iter_errors(obj):
        problems.append(f"{where}: {'/'.join(map(str, error.absolute_path)) or '(object)'}: {error.message}")
    # Embedded objects are OParl objects too.
    for key, value in obj.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and "type" in item:
                check(item, f"{where} › {key}")


for path in sorted(export.rglob("*.json")):
    document = json.loads(path.read_text())
    for index, obj in enumerate(document["data"]) if "data" in document else [(None, document)]:
        check(obj, f"{path.relative_to(export)}" + (f"[{index}]" if index is not None else ""))

for problem in problems:
    print(problem)
print(f"{export}: {checked} OParl objects checked against {len(validators)} schemas, {len(problems)} problems")
sys.exit(1 if problems else 0)
