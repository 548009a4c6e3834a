#!/usr/bin/env python3
"""Validates an OParl export (a folder written by `docket export oparl`) against the
OParl 1.1 JSON Schemas: every object file, and every object in every list file,
by its type, with the formats (date, date-time, url) checked; and walks it as an
OParl client would: every URL under the base URL (system.json's id names it) must
be a file of the export. Usage: check_oparl.py EXPORT_DIR SCHEMA_DIR. Exits 1 when
anything is wrong, naming each file, object and problem."""
import json
import pathlib
import sys
import urllib.parse

import jsonschema

export, schemas = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
formats = jsonschema.FormatChecker()


@formats.checks("url")
def is_url(value):
    """OParl's own format: an absolute http(s) URL."""
    parts = urllib.parse.urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


validators = {path.stem: jsonschema.Draft7Validator(json.loads(path.read_text()), format_checker=formats) for path in schemas.glob("*.json")}
problems, checked, addresses = [], 0, {}
base = json.loads((export / "system.json").read_text())["id"].rsplit("/", 1)[0] + "/"


def collect(value, where):
    """Every URL under the base, with where it was first seen."""
    if isinstance(value, str) and value.startswith(base):
        addresses.setdefault(value, where)
    elif isinstance(value, list):
        for item in value:
            collect(item, where)
    elif isinstance(value, dict):
        for item in value.values():
            collect(item, where)


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
    collect(document, str(path.relative_to(export)))
    for index, obj in enumerate(document["data"]) if "data" in document else [(None, document)]:
        check(obj, f"{path.relative_to(export)}" + (f"[{index}]" if index is not None else ""))

unresolved = [(address, where) for address, where in sorted(addresses.items()) if not (export / address[len(base):]).is_file()]
for address, where in unresolved:
    problems.append(f"{where}: {address} does not resolve: no such file under the base URL")

for problem in problems:
    print(problem)
print(f"{export}: {checked} OParl objects checked against {len(validators)} schemas, {len(addresses) - len(unresolved)} of {len(addresses)} URLs resolved, {len(problems)} problems")
sys.exit(1 if problems else 0)
